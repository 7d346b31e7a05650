package io.talentwatch.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code GET /jobs/<id>} says beyond {@link JobOverview}.
 *
 * @param parallelism the highest parallelism among the job's operators (the job's parallelism)
 * @param allTasksRunning every operator's subtasks are RUNNING, i.e. past state restore
 */
public record JobDetails(JobId id, String name, JobState state, Optional<Instant> startTime, Duration duration,
        int parallelism, boolean allTasksRunning) {}

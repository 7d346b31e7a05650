package io.talentwatch.cluster;

import java.time.Instant;
import java.util.Optional;

/** What {@code GET /jobs/<id>} says about one job. {@code startTime} is empty until the job has started. */
public record JobOverview(JobId id, String name, JobState state, Optional<Instant> startTime) {}

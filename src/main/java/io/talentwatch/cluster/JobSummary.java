package io.talentwatch.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One job as {@code GET /jobs/overview} lists it.
 *
 * @param duration how long it has run (so far, or until it ended)
 */
public record JobSummary(JobId id, String name, JobState state, Optional<Instant> startTime, Duration duration) {}

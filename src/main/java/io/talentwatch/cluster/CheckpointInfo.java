package io.talentwatch.cluster;

import java.time.Instant;

/**
 * One completed checkpoint or savepoint of a job.
 *
 * @param completedAt when the last task acknowledged it
 * @param externalPath where it is stored, e.g. {@code file:/ckpt/<job>/chk-42}
 */
public record CheckpointInfo(long id, Instant completedAt, String externalPath, boolean savepoint) {}

package io.talentwatch.cluster;

import java.time.Instant;

/**
 * The checkpoint or savepoint a job last restored its state from.
 *
 * @param externalPath e.g. {@code file:/savepoints/savepoint-5a1b2c-0123456789ab}
 */
public record RestoreInfo(long checkpointId, Instant restoredAt, String externalPath, boolean savepoint) {}

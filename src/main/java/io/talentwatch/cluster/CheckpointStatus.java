package io.talentwatch.cluster;

import java.util.Optional;

/** What {@code GET /jobs/<id>/checkpoints} says: the latest completed one and what the job restored from. */
public record CheckpointStatus(
        Optional<CheckpointInfo> latestCompleted, Optional<RestoreInfo> restored, long completed, long failed) {}

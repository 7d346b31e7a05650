package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.positive;

import java.io.Serializable;
import java.time.Duration;

/** Checkpointing is always on; the interval bounds how much is re-read after a failure. */
public record CheckpointSettings(Duration interval) implements Serializable {
    public CheckpointSettings {
        interval = positive("interval", orDefault(interval, Duration.ofSeconds(30)));
    }

    static CheckpointSettings defaults() {
        return new CheckpointSettings(null);
    }
}

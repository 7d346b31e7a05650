package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.notNegative;
import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.positive;

import java.io.Serializable;
import java.time.Duration;

/**
 * Watermarks: how late an item may arrive behind the newest one seen, and after how long a
 * quiet partition stops holding the watermark back.
 */
public record EventTimeSettings(Duration maxOutOfOrderness, Duration idleness) implements Serializable {
    public EventTimeSettings {
        maxOutOfOrderness = notNegative("max-out-of-orderness", orDefault(maxOutOfOrderness, Duration.ofMinutes(10)));
        idleness = positive("idleness", orDefault(idleness, Duration.ofSeconds(30)));
    }

    static EventTimeSettings defaults() {
        return new EventTimeSettings(null, null);
    }
}

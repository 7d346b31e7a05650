package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.notNegative;
import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.positive;

import java.io.Serializable;
import java.time.Duration;

/** Sliding event-time windows over mentions. The size must be a whole number of slides. */
public record WindowSettings(Duration size, Duration slide, Duration allowedLateness) implements Serializable {
    public WindowSettings {
        size = positive("size", orDefault(size, Duration.ofHours(1)));
        slide = positive("slide", orDefault(slide, Duration.ofMinutes(15)));
        allowedLateness = notNegative("allowed-lateness", orDefault(allowedLateness, Duration.ZERO));
        if (slide.compareTo(size) > 0) {
            throw new InvalidSetting("slide", "must not exceed size (" + size + "), got " + slide);
        }
        if (size.toMillis() % slide.toMillis() != 0) {
            throw new InvalidSetting("size", "must be a whole number of slides (" + slide + "), got " + size);
        }
    }

    static WindowSettings defaults() {
        return new WindowSettings(null, null, null);
    }
}

package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.atLeast;
import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.positive;

import java.io.Serializable;
import java.time.Duration;

/**
 * The spike test: a window is a spike when its count is at least {@code minCount} and a count that
 * high has probability below {@code significance} under the mean of the last {@code baselineWindows}
 * windows. No spike is judged before {@code warmUpWindows} windows of history exist. A spike closes
 * after {@code closeAfterWindows} unflagged windows in a row; a series with no mention for
 * {@code keyTtl} of event time, and no open spike, is forgotten.
 */
public record SpikeSettings(Integer baselineWindows, Integer warmUpWindows, Integer minCount, Double significance,
        Integer closeAfterWindows, Duration keyTtl) implements Serializable {

    public SpikeSettings {
        baselineWindows = atLeast("baseline-windows", 1, orDefault(baselineWindows, 96));
        warmUpWindows = atLeast("warm-up-windows", 1, orDefault(warmUpWindows, 8));
        minCount = atLeast("min-count", 1, orDefault(minCount, 5));
        significance = orDefault(significance, 0.001);
        closeAfterWindows = atLeast("close-after-windows", 1, orDefault(closeAfterWindows, 4));
        keyTtl = positive("key-ttl", orDefault(keyTtl, Duration.ofDays(7)));
        if (!(significance > 0 && significance < 1)) {
            throw new InvalidSetting("significance", "must be between 0 and 1 (exclusive), got " + significance);
        }
        if (warmUpWindows > baselineWindows) {
            throw new InvalidSetting("warm-up-windows", "must not exceed baseline-windows (" + baselineWindows + ")");
        }
    }

    static SpikeSettings defaults() {
        return new SpikeSettings(null, null, null, null, null, null);
    }
}

package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.atLeast;
import static io.talentwatch.definition.Settings.orDefault;

import java.io.Serializable;

/**
 * The spike test: a window is a spike when its count is at least {@code minCount} and a count that
 * high has probability below {@code significance} under the mean of the last {@code baselineWindows}
 * windows. No spike is judged before {@code warmUpWindows} windows of history exist.
 */
public record SpikeSettings(Integer baselineWindows, Integer warmUpWindows, Integer minCount, Double significance)
        implements Serializable {

    public SpikeSettings {
        baselineWindows = atLeast("baseline-windows", 1, orDefault(baselineWindows, 96));
        warmUpWindows = atLeast("warm-up-windows", 1, orDefault(warmUpWindows, 8));
        minCount = atLeast("min-count", 1, orDefault(minCount, 5));
        significance = orDefault(significance, 0.001);
        if (!(significance > 0 && significance < 1)) {
            throw new InvalidSetting("significance", "must be between 0 and 1 (exclusive), got " + significance);
        }
        if (warmUpWindows > baselineWindows) {
            throw new InvalidSetting("warm-up-windows", "must not exceed baseline-windows (" + baselineWindows + ")");
        }
    }

    static SpikeSettings defaults() {
        return new SpikeSettings(null, null, null, null);
    }
}

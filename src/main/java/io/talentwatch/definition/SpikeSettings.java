package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.atLeast;
import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.positive;

import java.io.Serializable;
import java.time.Duration;

/**
 * The spike test (YAML {@code spikes:}; docs/spikes.md). Each series has a learned
 * baseline: an exponentially weighted level with a half-life of {@code halfLifeWindows} windows,
 * times hour-of-day and day-of-week profiles when {@code dailySeasonality}/{@code weeklySeasonality}
 * are on and history allows. A window is flagged when a count that high has probability below
 * {@code significance} under that baseline (negative binomial when the series is overdispersed,
 * Poisson otherwise, never below {@code minExpected}), the count is at least {@code minCount}, and
 * {@code warmUpWindows} windows of history exist. A level that stays out of its band for
 * {@code newNormalAfter} windows in a row is a new normal and the baseline follows it fast. A spike
 * closes after {@code closeAfterWindows} unflagged windows in a row; a series with no mention for
 * {@code keyTtl} of event time, and no open spike, is forgotten.
 */
public record SpikeSettings(Integer halfLifeWindows, Integer warmUpWindows, Integer minCount, Double minExpected,
        Double significance, Integer newNormalAfter, Boolean dailySeasonality, Boolean weeklySeasonality,
        Integer closeAfterWindows, Duration keyTtl) implements Serializable {

    public SpikeSettings {
        halfLifeWindows = atLeast("half-life-windows", 1, orDefault(halfLifeWindows, 48));
        warmUpWindows = atLeast("warm-up-windows", 1, orDefault(warmUpWindows, 16));
        minCount = atLeast("min-count", 1, orDefault(minCount, 5));
        minExpected = orDefault(minExpected, 0.5);
        significance = orDefault(significance, 1e-5);
        newNormalAfter = atLeast("new-normal-after", 2, orDefault(newNormalAfter, 12));
        dailySeasonality = orDefault(dailySeasonality, true);
        weeklySeasonality = orDefault(weeklySeasonality, true);
        closeAfterWindows = atLeast("close-after-windows", 1, orDefault(closeAfterWindows, 4));
        keyTtl = positive("key-ttl", orDefault(keyTtl, Duration.ofDays(7)));
        if (!(significance > 0 && significance < 1)) {
            throw new InvalidSetting("significance", "must be between 0 and 1 (exclusive), got " + significance);
        }
        if (!(minExpected > 0 && minExpected <= 1000)) {
            throw new InvalidSetting("min-expected", "must be above 0 and at most 1000, got " + minExpected);
        }
    }

    /** The settings of a job whose definition has no {@code spikes:} section; {@code talentwatch detect} uses them too. */
    public static SpikeSettings defaults() {
        return new SpikeSettings(null, null, null, null, null, null, null, null, null, null);
    }
}

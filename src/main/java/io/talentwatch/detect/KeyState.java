package io.talentwatch.detect;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Everything the detector keeps for one series between steps: its learned baseline and its open
 * spike, if any. A flat record of primitives and two arrays, so Flink serializes it with its POJO
 * serializer (no Kryo). Immutable: the detector never writes into the arrays of a state it was given.
 *
 * <p>Bounded: the size does not grow with the series' length. Serialized by Flink it is 640 bytes
 * with both seasonal profiles (24 hour-of-day and 7 day-of-week slots of two doubles), 144 bytes without
 * them (see {@code KeyStateTest}); on the heap about 700 bytes.
 *
 * @param lastStepEnd   end of the last step seen (epoch ms), {@code Long.MIN_VALUE} before the first
 * @param steps         steps seen, skipped ones included: drives warm-up and when the profiles count
 * @param counts        exponentially weighted sum of the (winsorized) counts
 * @param factors       the same sum of the seasonal factors they were expected with: level = counts / factors
 * @param excess        the same sum of squared residuals less the expected count (variance beyond Poisson)
 * @param squares       the same sum of squared expected counts: overdispersion = excess / squares
 * @param highRun       steps in a row above the baseline's band (a new normal when long enough)
 * @param lowRun        steps in a row below it
 * @param daily         per hour-of-day slot, its weighted count sum and weight sum (24 pairs; empty when off)
 * @param weekly        per day of the week, Monday first, the same pairs (7 pairs; empty when off)
 * @param phase         the open spike's {@link Phase} ordinal, or -1 when none is open
 * @param openedAt      the open spike's first step end
 * @param flaggedSteps  the open spike's flagged steps so far
 * @param quietSteps    unflagged steps in a row since its last flagged one
 * @param peakStepEnd   its peak: the flagged step with the highest count
 * @param peakCount     the peak's count
 * @param peakExpected  the peak's expected count
 * @param peakPValue    the peak's p-value
 * @param peakScore     the peak's score
 */
public record KeyState(long lastStepEnd, long steps, double counts, double factors, double excess, double squares,
        int highRun, int lowRun,
        double[] daily, double[] weekly, int phase, long openedAt, int flaggedSteps, int quietSteps, long peakStepEnd,
        long peakCount, double peakExpected, double peakPValue, double peakScore) implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int NO_SPIKE = -1;

    /** The deseasonalized expected count per step. */
    public double level() {
        return factors > 0 ? counts / factors : 0;
    }

    /** k in variance = mean + k mean^2 (negative binomial 2); 0 is Poisson. */
    public double overdispersion() {
        return squares > 0 ? Math.max(0, excess / squares) : 0;
    }

    public boolean hasOpenSpike() {
        return phase != NO_SPIKE;
    }

    /** The open spike's peak, as its judgement; only meaningful while {@link #hasOpenSpike()}. */
    Judgement peak() {
        return new Judgement(peakStepEnd, peakCount, peakExpected, peakPValue, peakScore, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyState s && lastStepEnd == s.lastStepEnd && steps == s.steps
                && Double.compare(counts, s.counts) == 0 && Double.compare(factors, s.factors) == 0
                && Double.compare(excess, s.excess) == 0 && Double.compare(squares, s.squares) == 0
                && highRun == s.highRun && lowRun == s.lowRun && Arrays.equals(daily, s.daily)
                && Arrays.equals(weekly, s.weekly) && phase == s.phase && openedAt == s.openedAt
                && flaggedSteps == s.flaggedSteps && quietSteps == s.quietSteps && peakStepEnd == s.peakStepEnd
                && peakCount == s.peakCount && Double.compare(peakExpected, s.peakExpected) == 0
                && Double.compare(peakPValue, s.peakPValue) == 0 && Double.compare(peakScore, s.peakScore) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(lastStepEnd) * 31 + Long.hashCode(steps) * 17 + Double.hashCode(counts)
                + 7 * Arrays.hashCode(daily) + 13 * Arrays.hashCode(weekly) + phase;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "KeyState[last=%d steps=%d level=%.4g overdispersion=%.3g runs=+%d/-%d daily=%s weekly=%s spike=%s]",
                lastStepEnd, steps, level(), overdispersion(), highRun, lowRun, Arrays.toString(daily), Arrays.toString(weekly),
                hasOpenSpike() ? Phase.values()[phase] + " since " + openedAt + " peak " + peakCount : "none");
    }
}

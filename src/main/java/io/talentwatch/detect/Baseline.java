package io.talentwatch.detect;

import io.talentwatch.definition.SpikeSettings;
import java.io.Serializable;

/**
 * The learned baseline of one series: what it expects of a step, and what it learns from one.
 *
 * <p>Expected count = level x hour-of-day factor x day-of-week factor, floored at min-expected.
 * The level is the exponentially weighted sum (a running mean at first) of the counts, winsorized
 * to {@value #BAND} standard deviations around the expectation so a burst barely moves its own
 * baseline, over the same sum of the seasonal factors. The variance is mean + k mean^2 (negative
 * binomial 2, which fits quiet and busy hours of one series alike), with k learned the same way
 * from the winsorized squared residuals with a four times longer memory. A count out of
 * that band for new-normal-after steps in a row is a new normal: the level then moves halfway to
 * each count until it is back in band. A zero the baseline calls implausible (P(0) below the
 * significance: a feed outage more likely than silence) teaches nothing. Each seasonal factor is
 * the slot's mean count over the mean of all slots, shrunk toward 1 by {@value #PRIOR} counts so a
 * sparse series keeps a flat profile.
 */
final class Baseline implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The winsorizing band, and the band outside which a step counts toward a new normal. */
    static final double BAND = 3;
    /** How far the level moves toward each count once a new normal is recognized. */
    static final double CATCH_UP = 0.5;
    /** How many times longer the spread's memory is than the level's. */
    static final double SPREAD_MEMORY = 4;
    /** Pseudo-count per step that pulls a profile factor toward 1. */
    static final double PRIOR = 0.5;

    private final Seasons seasons;
    private final double levelRate;
    private final double minExpected;
    private final double significance;
    private final int newNormalAfter;

    Baseline(SpikeSettings settings, Seasons seasons) {
        this.seasons = seasons;
        this.levelRate = Seasons.rate(settings.halfLifeWindows());
        this.minExpected = settings.minExpected();
        this.significance = settings.significance();
        this.newNormalAfter = settings.newNormalAfter();
    }

    double[] emptyDaily() {
        return new double[2 * seasons.dailySlots];
    }

    double[] emptyWeekly() {
        return new double[2 * seasons.weeklySlots];
    }

    Expectation expect(Work w, long stepStart) {
        int d = seasons.dailySlot(stepStart);
        int k = seasons.weeklySlot(stepStart);
        // A profile counts once it has seen two cycles; until then each learns from counts the other leaves alone.
        double fd = d >= 0 && w.steps >= seasons.dailyFrom ? factor(w.daily, d) : 1;
        double fk = k >= 0 && w.steps >= seasons.weeklyFrom ? factor(w.weekly, k) : 1;
        double factor = fd * fk;
        double overdispersion = w.squares > 0 ? Math.max(0, w.excess / w.squares) : 0;
        return new Expectation(Math.max(minExpected, w.level() * factor), overdispersion, factor, fd, fk, d, k);
    }

    /** Learns from the step's count; {@code w.steps} is advanced by the caller. */
    void learn(Work w, long count, Expectation e) {
        if (w.steps == 0) {
            w.counts = count;
            w.factors = e.factor();
            return;
        }
        if (count == 0 && CountTail.zero(e.mean(), e.dispersion()) < significance) {
            return;
        }
        double band = BAND * e.sd();
        w.highRun = count > e.mean() + band ? w.highRun + 1 : 0;
        w.lowRun = count < e.mean() - band ? w.lowRun + 1 : 0;
        if (w.highRun >= newNormalAfter || w.lowRun >= newNormalAfter) {
            double now = w.level();
            w.counts = w.factors * (now + CATCH_UP * (count / e.factor() - now));
            return;
        }
        double x = Math.min(Math.max(count, e.mean() - band), e.mean() + band);
        double level = w.level();
        double rate = Math.max(levelRate, 1.0 / (w.steps + 1));
        // Level = weighted counts over weighted factors: quiet night steps do not add noise scaled up by 1/factor.
        w.counts += rate * (x - w.counts);
        w.factors += rate * (e.factor() - w.factors);
        // The spread has a memory SPREAD_MEMORY times longer than the level's: a burst, even winsorized,
        // must not widen it much, while a noisy series still teaches it within a day or two.
        double spreadRate = Math.max(levelRate / SPREAD_MEMORY, 1.0 / (w.steps + 1));
        double residual = x - e.mean();
        w.excess += spreadRate * (residual * residual - e.mean() - w.excess);
        w.squares += spreadRate * (e.mean() * e.mean() - w.squares);
        if (e.dailySlot() >= 0) {
            learnSlot(w.daily, e.dailySlot(), x, level * e.weeklyFactor(), seasons.dailyRate);
        }
        if (e.weeklySlot() >= 0) {
            learnSlot(w.weekly, e.weeklySlot(), x, level * e.dailyFactor(), seasons.weeklyRate);
        }
    }

    /**
     * Slot {@code i} of a profile is a pair: at {@code 2i} the exponentially weighted sum of its
     * counts, at {@code 2i + 1} the same sum of what the level and the other profile expected of
     * them. Their ratio is the slot's factor: unbiased from the first visit, however late a slot is
     * first visited, and unmoved when the level changes.
     */
    private static void learnSlot(double[] profile, int slot, double count, double expected, double rate) {
        profile[2 * slot] += rate * (count - profile[2 * slot]);
        profile[2 * slot + 1] += rate * (expected - profile[2 * slot + 1]);
    }

    /** The slot's count over expectation, both plus {@value #PRIOR}, relative to the mean of the visited slots'. */
    private static double factor(double[] profile, int slot) {
        double sum = 0;
        int visited = 0;
        for (int i = 0; i < profile.length; i += 2) {
            if (profile[i + 1] > 0) {
                sum += ratio(profile, i);
                visited++;
            }
        }
        return visited == 0 || profile[2 * slot + 1] <= 0 ? 1 : ratio(profile, 2 * slot) * visited / sum;
    }

    private static double ratio(double[] profile, int i) {
        return (profile[i] + PRIOR) / (profile[i + 1] + PRIOR);
    }
}

package io.talentwatch.detect;

import io.talentwatch.definition.SpikeSettings;
import java.io.Serializable;

/**
 * The learned baseline of one series: what it expects of a step, and what it learns from one.
 *
 * <p>Expected count = level x hour-of-day factor x day-of-week factor, floored at min-expected.
 * The level is an exponentially weighted mean (a running mean at first) of the deseasonalized
 * counts, winsorized to {@value #BAND} standard deviations around the expectation, so a burst barely
 * moves its own baseline. The dispersion (variance / mean) is learned the same way. A count out of
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
        return new double[seasons.dailySlots];
    }

    double[] emptyWeekly() {
        return new double[seasons.weeklySlots];
    }

    Expectation expect(Work w, long stepStart) {
        int d = seasons.dailySlot(stepStart);
        int k = seasons.weeklySlot(stepStart);
        double fd = d < 0 ? 1 : factor(w.daily, d);
        double fk = k < 0 ? 1 : factor(w.weekly, k);
        double factor = (d >= 0 && w.steps >= seasons.dailyFrom ? fd : 1) * (k >= 0 && w.steps >= seasons.weeklyFrom ? fk : 1);
        return new Expectation(Math.max(minExpected, w.level * factor), Math.max(1, w.dispersion), factor, fd, fk, d, k);
    }

    /** Learns from the step's count; {@code w.steps} is advanced by the caller. */
    void learn(Work w, long count, Expectation e) {
        if (w.steps == 0) {
            w.level = count;
            w.dispersion = 1;
            return;
        }
        if (count == 0 && CountTail.zero(e.mean(), e.dispersion()) < significance) {
            return;
        }
        double band = BAND * e.sd();
        w.highRun = count > e.mean() + band ? w.highRun + 1 : 0;
        w.lowRun = count < e.mean() - band ? w.lowRun + 1 : 0;
        if (w.highRun >= newNormalAfter || w.lowRun >= newNormalAfter) {
            w.level += CATCH_UP * (count / e.factor() - w.level);
            return;
        }
        double x = Math.min(Math.max(count, e.mean() - band), e.mean() + band);
        double rate = Math.max(levelRate, 1.0 / (w.steps + 1));
        w.level += rate * (x / e.factor() - w.level);
        double residual = x - e.mean();
        w.dispersion += rate * (residual * residual / e.mean() - w.dispersion);
        if (e.dailySlot() >= 0) {
            double r = Math.max(seasons.dailyRate, 1.0 / (seasons.dailyVisits(w.steps) + 1));
            w.daily[e.dailySlot()] += r * (x / e.weeklyFactor() - w.daily[e.dailySlot()]);
        }
        if (e.weeklySlot() >= 0) {
            double r = Math.max(seasons.weeklyRate, 1.0 / (seasons.weeklyVisits(w.steps) + 1));
            w.weekly[e.weeklySlot()] += r * (x / e.dailyFactor() - w.weekly[e.weeklySlot()]);
        }
    }

    private static double factor(double[] slots, int slot) {
        double sum = 0;
        for (double s : slots) {
            sum += s;
        }
        return (slots[slot] + PRIOR) / (sum / slots.length + PRIOR);
    }
}

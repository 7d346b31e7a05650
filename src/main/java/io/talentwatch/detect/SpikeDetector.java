package io.talentwatch.detect;

import io.talentwatch.definition.SpikeSettings;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * Judges a count series step by step against its own learned baseline ({@link Baseline}) with a
 * count test ({@link CountTail}) and follows each spike through its life ({@link Lifecycle}).
 * Plain Java: the job's spike stage and {@code talentwatch detect} run the same code.
 */
public final class SpikeDetector implements Serializable {
    private static final long serialVersionUID = 2L;
    /**
     * The most skipped steps replayed one by one (a week of 5-minute steps). Past that the baseline
     * has long settled on the silence; the rest only count toward warm-up and closing.
     */
    static final int MAX_FILLED_STEPS = 2016;

    private final SpikeSettings settings;
    private final long stepMillis;
    private final Baseline baseline;

    public SpikeDetector(SpikeSettings settings, Duration step) {
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        this.settings = settings;
        this.stepMillis = step.toMillis();
        this.baseline = new Baseline(settings, new Seasons(stepMillis, settings.dailySeasonality(),
                settings.weeklySeasonality()));
    }

    public SpikeSettings settings() {
        return settings;
    }

    public Duration step() {
        return Duration.ofMillis(stepMillis);
    }

    /** A new series' state. */
    public KeyState start() {
        return new KeyState(Long.MIN_VALUE, 0, 0, 0, 0, 0, 0, 0, baseline.emptyDaily(), baseline.emptyWeekly(),
                KeyState.NO_SPIKE, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * The step ending at {@code stepEnd} (epoch ms) had {@code count}. Steps come in order; steps
     * skipped since the last one count as zeros. A step at or before the last one is ignored: the
     * state comes back unchanged, with a judgement that is never flagged.
     *
     * <p>If skipped steps close the open spike and this step is flagged, the outcome reports the
     * close, and the new spike this step opens is first reported at its next change.
     */
    public Outcome observe(KeyState state, long stepEnd, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        Work w = new Work(state);
        if (state.lastStepEnd() != Long.MIN_VALUE && stepEnd <= state.lastStepEnd()) {
            Judgement stale = judge(w, stepEnd, count, false);
            return new Outcome(state, stale, Optional.empty());
        }
        Optional<Episode> changed = fillSkipped(w, stepEnd);
        Judgement judgement = judge(w, stepEnd, count, true);
        Optional<Episode> now = Lifecycle.step(w, judgement, settings.closeAfterWindows());
        // A close inside the gap is reported before anything this step starts; otherwise the latest change wins.
        boolean gapClosed = changed.isPresent() && changed.get().phase() == Phase.CLOSED;
        return new Outcome(w.state(), judgement, now.isPresent() && !gapClosed ? now : changed);
    }

    /**
     * The smallest count with which the step ending at {@code stepEnd}, the one right after
     * {@code before}'s last, would be significant: the top of the band of ordinary counts, from the
     * same distribution {@link #observe} tests that step with. Before the warm-up, and below
     * min-count, such a count is still not flagged. For pictures; the job never asks.
     */
    public long significantFrom(KeyState before, long stepEnd) {
        if (before.lastStepEnd() != Long.MIN_VALUE && stepEnd != before.lastStepEnd() + stepMillis) {
            throw new IllegalArgumentException("only the next step, ending at " + (before.lastStepEnd() + stepMillis)
                    + ", has a band; got " + stepEnd);
        }
        Expectation e = baseline.expect(new Work(before), stepEnd - stepMillis);
        return CountTail.significantFrom(settings.significance(), e.mean(), e.dispersion());
    }

    /** Judges the step and learns from it when {@code learn}. */
    private Judgement judge(Work w, long stepEnd, long count, boolean learn) {
        Expectation e = baseline.expect(w, stepEnd - stepMillis);
        // The first step has no baseline to be judged against.
        double p = w.steps == 0 ? 1 : CountTail.atLeast(count, e.mean(), e.dispersion());
        double significance = settings.significance();
        boolean flagged = learn && p < significance && count >= settings.minCount() && w.steps >= settings.warmUpWindows();
        Judgement judgement = new Judgement(stepEnd, count, e.mean(), p, CountTail.score(p, significance), flagged);
        if (learn) {
            baseline.learn(w, count, e);
            w.steps++;
            w.lastStepEnd = stepEnd;
        }
        return judgement;
    }

    /** Replays the skipped steps as zeros; returns the last change they made to the open spike, if any. */
    private Optional<Episode> fillSkipped(Work w, long stepEnd) {
        if (w.lastStepEnd == Long.MIN_VALUE) {
            return Optional.empty();
        }
        long skipped = (stepEnd - w.lastStepEnd) / stepMillis - 1;
        long replayed = Math.min(skipped, MAX_FILLED_STEPS);
        Optional<Episode> closed = Optional.empty();
        for (long i = 0; i < replayed; i++) {
            Judgement zero = judge(w, w.lastStepEnd + stepMillis, 0, true);
            Optional<Episode> change = Lifecycle.step(w, zero, settings.closeAfterWindows());
            if (change.isPresent()) {
                closed = change;
            }
        }
        long rest = skipped - replayed;
        if (rest > 0) {
            w.steps += rest;
            w.lastStepEnd += rest * stepMillis;
            if (w.open() && w.quietSteps + rest < settings.closeAfterWindows()) {
                w.quietSteps += (int) rest;
            } else if (w.open()) {
                long toClose = settings.closeAfterWindows() - w.quietSteps;
                long closeAt = w.lastStepEnd - (rest - toClose) * stepMillis;
                Judgement zero = new Judgement(closeAt, 0, w.peak.expected(), 1, 0, false);
                closed = Optional.of(new Episode(w.openedAt, closeAt, closeAt, Phase.CLOSED, w.peak, zero, w.flaggedSteps));
                w.closeSpike();
            }
        }
        return closed;
    }
}

package io.talentwatch.detect;

import io.talentwatch.definition.SpikeSettings;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * Judges a count series step by step against its own baseline and follows each spike through its
 * life (none, open, peak, closed). Plain Java: the job's spike stage and {@code talentwatch detect}
 * run the same code.
 */
public final class SpikeDetector implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SpikeSettings settings;
    private final long stepMillis;

    public SpikeDetector(SpikeSettings settings, Duration step) {
        this.settings = settings;
        this.stepMillis = step.toMillis();
    }

    public SpikeSettings settings() {
        return settings;
    }

    public Duration step() {
        return Duration.ofMillis(stepMillis);
    }

    /** A new series' state. */
    public KeyState start() {
        return new KeyState(Baseline.empty(settings.baselineWindows()), null, 0);
    }

    /**
     * The step ending at {@code stepEnd} (epoch ms) had {@code count}. Steps come in order; steps
     * skipped since the last one count as zeros. A step at or before the last one is ignored.
     */
    public Outcome observe(KeyState state, long stepEnd, long count) {
        Baseline history = state.baseline().withZerosUntil(stepEnd, stepMillis);
        double expected = history.expected();
        double p = PoissonTail.atLeast(count, expected);
        boolean flagged = history.filled() >= settings.warmUpWindows() && count >= settings.minCount()
                && p < settings.significance();
        Judgement judgement = new Judgement(stepEnd, count, expected, p, 1 - p, flagged);
        Baseline next = history.with(count, stepEnd);
        Episode open = state.open();
        if (flagged) {
            Episode changed;
            if (open == null) {
                changed = new Episode(stepEnd, stepEnd, null, Phase.OPEN, judgement, judgement, 1);
            } else if (count > open.peak().count()) {
                changed = new Episode(open.openedAt(), stepEnd, null, Phase.OPEN, judgement, judgement, open.flaggedSteps() + 1);
            } else {
                changed = new Episode(open.openedAt(), stepEnd, null, Phase.PEAK, open.peak(), judgement, open.flaggedSteps() + 1);
            }
            return new Outcome(new KeyState(next, changed, 0), judgement, Optional.of(changed));
        }
        if (open == null) {
            return new Outcome(new KeyState(next, null, 0), judgement, Optional.empty());
        }
        int quiet = state.quietSteps() + 1;
        if (quiet >= settings.closeAfterWindows()) {
            Episode closed = new Episode(open.openedAt(), stepEnd, stepEnd, Phase.CLOSED, open.peak(), judgement, open.flaggedSteps());
            return new Outcome(new KeyState(next, null, 0), judgement, Optional.of(closed));
        }
        if (open.phase() == Phase.OPEN) {
            Episode peaked = new Episode(open.openedAt(), stepEnd, null, Phase.PEAK, open.peak(), judgement, open.flaggedSteps());
            return new Outcome(new KeyState(next, peaked, quiet), judgement, Optional.of(peaked));
        }
        return new Outcome(new KeyState(next, open, quiet), judgement, Optional.empty());
    }
}

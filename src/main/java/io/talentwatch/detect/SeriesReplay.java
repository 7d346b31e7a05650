package io.talentwatch.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * A series judged again the way the job's spike stage judged it, for a picture of what the job saw:
 * the windows that exist in order, a zero for every slide with no window (the stage's gap filling
 * and its timers while a spike is open), and a new baseline after {@code key-ttl} without a window
 * and without an open spike (the stage forgets the series). Returns every judged step, zeros
 * included, each with its band; a gap too long for the detector to replay step by step leaves no
 * steps, as in the job, and the step after it no band.
 */
public final class SeriesReplay {
    private final SpikeDetector detector;
    private final long step;
    private final long ttl;

    public SeriesReplay(SpikeDetector detector) {
        this.detector = detector;
        this.step = detector.step().toMillis();
        this.ttl = detector.settings().keyTtl().toMillis();
    }

    /**
     * @param windows the series' windows by ascending end, each end a whole number of steps apart
     * @param until   the last step end the job went on to while a spike stayed open (its last update)
     */
    public List<JudgedStep> judge(List<StepCount> windows, long until) {
        List<JudgedStep> steps = new ArrayList<>();
        KeyState state = null;
        for (StepCount window : windows) {
            state = state == null ? detector.start() : upTo(state, window.stepEnd(), steps);
            // The stage ignores a window at or before the last step: it judged that step already.
            if (state.lastStepEnd() == Long.MIN_VALUE || window.stepEnd() > state.lastStepEnd()) {
                state = observe(state, window.stepEnd(), window.count(), steps);
            }
        }
        if (state != null) {
            zerosWhileOpen(state, until, steps);
        }
        return steps;
    }

    /** The state just before the window ending at {@code end}, the slides in between judged as zeros. */
    private KeyState upTo(KeyState state, long end, List<JudgedStep> steps) {
        state = zerosWhileOpen(state, end - step, steps);
        if (!state.hasOpenSpike() && end >= state.lastStepEnd() + ttl) {
            return detector.start();
        }
        if ((end - state.lastStepEnd()) / step - 1 <= SpikeDetector.MAX_FILLED_STEPS) {
            for (long zero = state.lastStepEnd() + step; zero < end; zero += step) {
                state = observe(state, zero, 0, steps);
            }
        }
        return state;
    }

    /** Zeros for the slides up to {@code last} while a spike is open, as the stage's timers give them. */
    private KeyState zerosWhileOpen(KeyState state, long last, List<JudgedStep> steps) {
        while (state.hasOpenSpike() && state.lastStepEnd() + step <= last) {
            state = observe(state, state.lastStepEnd() + step, 0, steps);
        }
        return state;
    }

    private KeyState observe(KeyState state, long stepEnd, long count, List<JudgedStep> steps) {
        boolean next = state.lastStepEnd() == Long.MIN_VALUE || stepEnd == state.lastStepEnd() + step;
        double band = next ? detector.significantFrom(state, stepEnd) : Double.NaN;
        Outcome outcome = detector.observe(state, stepEnd, count);
        steps.add(new JudgedStep(outcome.judgement(), band));
        return outcome.next();
    }
}

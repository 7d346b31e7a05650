package io.talentwatch.detect;

/**
 * A mutable copy of one {@link KeyState} for the length of one {@code observe} call: filling a gap
 * and judging the step then cost no allocation per filled step. Never escapes the detector.
 */
final class Work {
    long lastStepEnd;
    long steps;
    double counts;
    double factors;
    double excess;
    double squares;
    int highRun;
    int lowRun;
    final double[] daily;
    final double[] weekly;
    int phase;
    long openedAt;
    int flaggedSteps;
    int quietSteps;
    Judgement peak;

    Work(KeyState s) {
        lastStepEnd = s.lastStepEnd();
        steps = s.steps();
        counts = s.counts();
        factors = s.factors();
        excess = s.excess();
        squares = s.squares();
        highRun = s.highRun();
        lowRun = s.lowRun();
        daily = s.daily().clone();
        weekly = s.weekly().clone();
        phase = s.phase();
        openedAt = s.openedAt();
        flaggedSteps = s.flaggedSteps();
        quietSteps = s.quietSteps();
        peak = s.hasOpenSpike() ? s.peak() : null;
    }

    double level() {
        return factors > 0 ? counts / factors : 0;
    }

    boolean open() {
        return phase != KeyState.NO_SPIKE;
    }

    void closeSpike() {
        phase = KeyState.NO_SPIKE;
        openedAt = 0;
        flaggedSteps = 0;
        quietSteps = 0;
        peak = null;
    }

    KeyState state() {
        Judgement p = peak == null ? new Judgement(0, 0, 0, 0, 0, false) : peak;
        return new KeyState(lastStepEnd, steps, counts, factors, excess, squares, highRun, lowRun, daily, weekly, phase, openedAt,
                flaggedSteps, quietSteps, p.stepEnd(), p.count(), p.expected(), p.pValue(), p.score());
    }
}

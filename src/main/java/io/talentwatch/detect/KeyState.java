package io.talentwatch.detect;

import java.io.Serializable;

/**
 * Everything the detector keeps for one series between steps: its baseline and its open spike, if
 * any. Bounded: its size does not grow with the series' length. Immutable.
 */
public record KeyState(Baseline baseline, Episode open, int quietSteps) implements Serializable {

    /** The end of the last step seen (epoch ms), or Long.MIN_VALUE before the first. */
    public long lastStepEnd() {
        return baseline.lastWindowEnd();
    }

    public boolean hasOpenSpike() {
        return open != null;
    }
}

package io.talentwatch.detect;

import java.util.Optional;

/**
 * A spike's life across steps, on the working state: it opens on a flagged step, is OPEN while it
 * reaches new highs, PEAK once a step falls below its highest (a new flagged high makes it OPEN
 * again), and CLOSED after close-after-windows unflagged steps in a row. Returns the episode
 * exactly when the step changed it, so each spike makes one alert, updated as it grows.
 */
final class Lifecycle {
    private Lifecycle() {}

    static Optional<Episode> step(Work w, Judgement j, int closeAfter) {
        if (j.flagged()) {
            if (!w.open()) {
                w.phase = Phase.OPEN.ordinal();
                w.openedAt = j.stepEnd();
                w.flaggedSteps = 1;
                w.quietSteps = 0;
                w.peak = j;
                return episode(w, j, null);
            }
            w.flaggedSteps++;
            w.quietSteps = 0;
            if (j.count() > w.peak.count()) {
                w.peak = j;
                w.phase = Phase.OPEN.ordinal();
                return episode(w, j, null);
            }
            return peakPassed(w, j);
        }
        if (!w.open()) {
            return Optional.empty();
        }
        w.quietSteps++;
        if (w.quietSteps >= closeAfter) {
            Optional<Episode> closed = Optional.of(new Episode(w.openedAt, j.stepEnd(), j.stepEnd(), Phase.CLOSED,
                    w.peak, j, w.flaggedSteps));
            w.closeSpike();
            return closed;
        }
        return peakPassed(w, j);
    }

    private static Optional<Episode> peakPassed(Work w, Judgement j) {
        if (w.phase == Phase.OPEN.ordinal() && j.count() < w.peak.count()) {
            w.phase = Phase.PEAK.ordinal();
            return episode(w, j, null);
        }
        return Optional.empty();
    }

    private static Optional<Episode> episode(Work w, Judgement j, Long closedAt) {
        return Optional.of(new Episode(w.openedAt, j.stepEnd(), closedAt, Phase.values()[w.phase], w.peak, j,
                w.flaggedSteps));
    }
}

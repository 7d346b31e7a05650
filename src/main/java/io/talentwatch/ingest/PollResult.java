package io.talentwatch.ingest;

import java.time.Duration;

/**
 * How one poll went, and how long the server asked to be left alone (Retry-After, an exhausted rate
 * limit), or null when it did not say.
 */
record PollResult(boolean ok, Duration serverWait) {
    static PollResult succeeded() {
        return new PollResult(true, null);
    }

    static PollResult succeededButWait(Duration wait) {
        return new PollResult(true, wait);
    }

    static PollResult failed(Duration serverWait) {
        return new PollResult(false, serverWait);
    }
}

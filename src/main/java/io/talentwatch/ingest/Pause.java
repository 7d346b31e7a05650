package io.talentwatch.ingest;

import java.time.Duration;

/** Waiting between polls and reconnects; tests record the waits instead of sleeping through them. */
@FunctionalInterface
public interface Pause {
    void sleep(Duration duration) throws InterruptedException;

    static Pause real() {
        return duration -> Thread.sleep(Math.max(0, duration.toMillis()));
    }
}

package io.talentwatch.replay;

import java.time.Instant;

/** Spaces items out as they were in time, {@code speed} times faster; with no speed it never waits. */
final class Pacer {
    private final Double speed;
    private Instant firstEventTime;
    private long startNanos;

    Pacer(Double speed) {
        this.speed = speed;
    }

    void await(Instant eventTime) throws InterruptedException {
        if (speed == null) {
            return;
        }
        if (firstEventTime == null) {
            firstEventTime = eventTime;
            startNanos = System.nanoTime();
            return;
        }
        long dueNanos = (long) ((eventTime.toEpochMilli() - firstEventTime.toEpochMilli()) * 1_000_000 / speed);
        long waitNanos = dueNanos - (System.nanoTime() - startNanos);
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }
}

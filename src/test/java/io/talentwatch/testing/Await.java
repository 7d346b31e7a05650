package io.talentwatch.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a condition on real services until it holds, failing with what was last seen. */
public final class Await {
    private Await() {}

    public static <T> T until(String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last seen: " + last);
    }

    /** Polls until {@code probe} has given the same value for {@code quiet}, and returns it. */
    public static <T> T steady(String what, Duration timeout, Duration quiet, Supplier<T> probe) {
        long[] since = {System.nanoTime()};
        Object[] last = {null};
        return until(what + " (unchanged for " + quiet.toSeconds() + " s)", timeout, () -> {
            T now = probe.get();
            if (!java.util.Objects.equals(now, last[0])) {
                last[0] = now;
                since[0] = System.nanoTime();
            }
            return now;
        }, now -> System.nanoTime() - since[0] >= quiet.toNanos());
    }
}

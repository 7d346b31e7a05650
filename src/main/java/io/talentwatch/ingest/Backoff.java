package io.talentwatch.ingest;

import java.time.Duration;

/**
 * How long to wait after failures in a row: doubling from {@code initial} up to {@code cap}, each
 * wait moved by up to 20% either way so that feeds failing together do not retry together.
 */
public record Backoff(Duration initial, Duration cap) {
    /** Reconnecting a stream: soon after one drop, rarely when the server stays away. */
    static final Backoff STREAM = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    public Backoff {
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("a backoff needs 0 < initial <= cap, got " + initial + " and " + cap);
        }
    }

    /**
     * For a feed polled every {@code interval}: the first retry within a minute (one extra request
     * is polite), then doubling up to half an hour or the interval, whichever is longer.
     */
    static Backoff forPolling(Duration interval) {
        Duration initial = interval.compareTo(Duration.ofMinutes(1)) < 0 ? interval : Duration.ofMinutes(1);
        Duration cap = interval.compareTo(Duration.ofMinutes(30)) > 0 ? interval : Duration.ofMinutes(30);
        return new Backoff(initial, cap);
    }

    /**
     * @param failures failures in a row, 1 or more
     * @param random uniform in [0, 1): 0.5 gives the wait without jitter
     */
    public Duration delay(int failures, double random) {
        double doublings = Math.min(Math.max(failures, 1) - 1, 30);
        double base = Math.min(cap.toMillis(), initial.toMillis() * Math.pow(2, doublings));
        double jittered = base * (0.8 + 0.4 * random);
        return Duration.ofMillis(Math.round(Math.min(cap.toMillis(), jittered)));
    }
}

package io.talentwatch.detect;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The recent history of one key: counts of its last windows (one per slide step, a window with no
 * mention counted as zero) in a ring of fixed capacity, so state per key is bounded:
 * {@code 8 * capacity + 16} bytes of payload.
 */
public record Baseline(long[] counts, int filled, int next, long lastWindowEnd) implements Serializable {

    public static Baseline empty(int capacity) {
        return new Baseline(new long[capacity], 0, 0, Long.MIN_VALUE);
    }

    /** Windows between the last one seen and {@code windowEnd} fired nothing: they were zeros. */
    public Baseline withZerosUntil(long windowEnd, long slideMillis) {
        if (lastWindowEnd == Long.MIN_VALUE || windowEnd <= lastWindowEnd) {
            return this;
        }
        long missing = Math.min((windowEnd - lastWindowEnd) / slideMillis - 1, counts.length);
        Baseline b = this;
        for (long i = 0; i < missing; i++) {
            b = b.with(0, b.lastWindowEnd + slideMillis);
        }
        return b;
    }

    public Baseline with(long count, long windowEnd) {
        long[] ring = counts.clone();
        ring[next] = count;
        return new Baseline(ring, Math.min(filled + 1, ring.length), (next + 1) % ring.length, Math.max(windowEnd, lastWindowEnd));
    }

    /** Mean count with one pseudo-window of count 1, so an all-zero history does not make every mention a spike. */
    public double expected() {
        long sum = 0;
        for (int i = 0; i < filled; i++) {
            sum += counts[i];
        }
        return (sum + 1.0) / (filled + 1.0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Baseline b && filled == b.filled && next == b.next && lastWindowEnd == b.lastWindowEnd
                && Arrays.equals(counts, b.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Long.hashCode(lastWindowEnd) + filled * 7 + next;
    }

    @Override
    public String toString() {
        return "Baseline" + Arrays.toString(counts) + " filled=" + filled + " last=" + lastWindowEnd;
    }
}

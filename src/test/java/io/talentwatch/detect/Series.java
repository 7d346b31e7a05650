package io.talentwatch.detect;

import io.talentwatch.definition.SpikeSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** Feeds a detector step by step in tests and keeps what each step returned. */
final class Series {
    static final Duration STEP = Duration.ofMinutes(15);
    static final long STEP_MS = STEP.toMillis();
    /** A Monday midnight UTC, so hours and weekdays of steps are easy to reason about. */
    static final long T0 = Instant.parse("2025-06-02T00:00:00Z").toEpochMilli();

    final SpikeDetector detector;
    KeyState state;
    long next = T0 + STEP_MS;
    final List<Outcome> outcomes = new ArrayList<>();

    Series(SpikeSettings settings) {
        detector = new SpikeDetector(settings, STEP);
        state = detector.start();
    }

    static Series defaults() {
        return new Series(SpikeSettings.defaults());
    }

    static SpikeSettings settings(int minCount, double minExpected) {
        return new SpikeSettings(null, null, minCount, minExpected, null, null, null, null, null, null);
    }

    Outcome add(long count) {
        Outcome outcome = detector.observe(state, next, count);
        state = outcome.next();
        outcomes.add(outcome);
        next += STEP_MS;
        return outcome;
    }

    /** {@code steps} more steps, the count of each from its index in the whole series. */
    void add(int steps, LongUnaryOperator countAt) {
        for (int i = 0; i < steps; i++) {
            add(countAt.applyAsLong(outcomes.size()));
        }
    }

    Outcome last() {
        return outcomes.get(outcomes.size() - 1);
    }

    long flaggedBetween(int from, int to) {
        return outcomes.subList(from, to).stream().filter(o -> o.judgement().flagged()).count();
    }

    /** The UTC hour of day at which step {@code index} starts. */
    static int hourOf(long index) {
        return (int) ((index * STEP_MS / 3_600_000L) % 24);
    }
}

package io.talentwatch.bench;

import io.talentwatch.definition.SpikeSettings;
import io.talentwatch.detect.KeyState;
import io.talentwatch.detect.SpikeDetector;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The detector's cost per key-window: one {@link SpikeDetector#observe} on the next of 4,096 keys,
 * each with three weeks of 15-minute history (so warm-up is over and both seasonal profiles are in
 * use), against a trivial per-key counter update in the same run. Run with
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=io.talentwatch.bench.DetectorBenchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class DetectorBenchmark {
    static final int KEYS = 4096;
    static final Duration STEP = Duration.ofMinutes(15);
    static final int WEEK = 7 * 96;
    /** Monday 2025-06-02 00:00 UTC. */
    static final long T0 = 1_748_822_400_000L;

    @State(Scope.Thread)
    public static class Keys {
        /** {@code seasonal}: the job's defaults; {@code flat}: both profiles switched off. */
        @Param({"seasonal", "flat"})
        public String model;

        SpikeDetector detector;
        KeyState[] states;
        long[] stepEnds;
        long[] counters;
        /** Counts per step of the week for 16 noise draws: a daily and weekly shape around 10 per step. */
        long[][] counts;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            SpikeSettings settings = "flat".equals(model)
                    ? new SpikeSettings(null, null, null, null, null, null, false, false, null, null)
                    : SpikeSettings.defaults();
            detector = new SpikeDetector(settings, STEP);
            SplittableRandom random = new SplittableRandom(42);
            counts = new long[WEEK][16];
            for (int s = 0; s < WEEK; s++) {
                double hour = (s % 96) / 4.0;
                double mean = 10 * (1.1 - 0.9 * Math.cos(2 * Math.PI * (hour - 2) / 24)) * ((s / 96) >= 5 ? 0.4 : 1);
                for (int d = 0; d < 16; d++) {
                    counts[s][d] = poisson(random, mean);
                }
            }
            states = new KeyState[KEYS];
            stepEnds = new long[KEYS];
            counters = new long[KEYS];
            for (int k = 0; k < KEYS; k++) {
                KeyState state = detector.start();
                long end = T0;
                for (int s = 0; s < 3 * WEEK; s++) {
                    end += STEP.toMillis();
                    state = detector.observe(state, end, counts[s % WEEK][(k + s) & 15]).next();
                }
                states[k] = state;
                stepEnds[k] = end;
            }
        }

        private static long poisson(SplittableRandom random, double mean) {
            long k = 0;
            double p = Math.exp(-mean);
            double u = random.nextDouble();
            double cumulative = p;
            while (u > cumulative) {
                k++;
                p *= mean / k;
                cumulative += p;
            }
            return k;
        }
    }

    /** The detector: judge and learn one window of the next key, as the job's spike stage does. */
    @Benchmark
    public KeyState observe(Keys keys) {
        int k = keys.next;
        keys.next = (k + 1) & (KEYS - 1);
        long end = keys.stepEnds[k] += STEP.toMillis();
        int step = (int) ((end - T0) / STEP.toMillis()) - 1;
        KeyState next = keys.detector.observe(keys.states[k], end, keys.counts[step % WEEK][(k + step) & 15]).next();
        keys.states[k] = next;
        return next;
    }

    /** The trivial baseline: the same key walk and count lookup, adding the count to a per-key counter. */
    @Benchmark
    public long counter(Keys keys) {
        int k = keys.next;
        keys.next = (k + 1) & (KEYS - 1);
        long end = keys.stepEnds[k] += STEP.toMillis();
        int step = (int) ((end - T0) / STEP.toMillis()) - 1;
        return keys.counters[k] += keys.counts[step % WEEK][(k + step) & 15];
    }
}

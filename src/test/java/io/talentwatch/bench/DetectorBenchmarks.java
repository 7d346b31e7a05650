package io.talentwatch.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DetectorBenchmark} and prints ns per key-window for the detector (seasonal and flat)
 * and for the counter baseline, and their ratio. {@code mvn -B -Pbench test-compile exec:exec
 * -Dbench.main=io.talentwatch.bench.DetectorBenchmarks} (docs/benchmarks.md).
 */
public final class DetectorBenchmarks {
    private DetectorBenchmarks() {}

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Spike detector benchmark: %s, %d core(s) visible; %d keys, 1 thread, 1 fork%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), DetectorBenchmark.KEYS);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(DetectorBenchmark.class.getName() + "\\.")
                .shouldFailOnError(true)
                .build()).run();
        Map<String, Result<?>> byName = new TreeMap<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            byName.put(benchmark.substring(benchmark.lastIndexOf('.') + 1) + " " + run.getParams().getParam("model"),
                    run.getPrimaryResult());
        }
        System.out.println();
        String row = "%-10s %22s %22s %16s%n";
        System.out.printf(Locale.ROOT, row, "model", "detector ns/key-window", "counter ns/key-window", "detector/counter");
        for (String model : new String[] {"seasonal", "flat"}) {
            Result<?> detector = byName.get("observe " + model);
            Result<?> counter = byName.get("counter " + model);
            if (detector == null || counter == null) {
                continue;
            }
            System.out.printf(Locale.ROOT, row, model, ns(detector), ns(counter),
                    String.format(Locale.ROOT, "%.0fx", detector.getScore() / counter.getScore()));
        }
        System.out.println("± is JMH's 99.9% interval over the measured iterations.");
    }

    private static String ns(Result<?> result) {
        return String.format(Locale.ROOT, "%.1f ± %.1f", result.getScore(), result.getScoreError());
    }
}

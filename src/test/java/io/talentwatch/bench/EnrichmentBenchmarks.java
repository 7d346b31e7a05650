package io.talentwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EnrichmentBenchmark} and prints, per workload, the chain's items/s, the pass-through
 * baseline's, their ratio and the verdict against the targets. {@code mvn -B -Pbench test-compile
 * exec:exec} runs it (docs/benchmarks.md). System properties:
 * <ul>
 *   <li>{@code bench.quick}: one 6 s warm-up and one 2 s measured iteration, for a smoke run (no error bars);</li>
 *   <li>{@code bench.include}: a regular expression over the benchmark methods, e.g. {@code articlesChain};</li>
 *   <li>{@code bench.prof}: a JMH profiler, e.g. {@code stack} or {@code gc}, with options after a colon;</li>
 *   <li>{@code bench.job}: the job definition (default {@code jobs/talent-poaching.yaml});</li>
 *   <li>{@code bench.result}: where JMH writes its JSON results (default: none).</li>
 * </ul>
 */
public final class EnrichmentBenchmarks {
    /** The targets, per core. */
    static final double SHORT_POSTS_TARGET = 50_000;
    static final double ARTICLES_TARGET = 5_000;

    private record Workload(String name, String method, double target, int size, IntFunction<List<byte[]>> corpus) {}

    private static final List<Workload> WORKLOADS = List.of(
            new Workload("short posts", "shortPosts", SHORT_POSTS_TARGET, EnrichmentBenchmark.SHORT_POSTS, Corpus::shortPosts),
            new Workload("articles", "articles", ARTICLES_TARGET, EnrichmentBenchmark.ARTICLES, Corpus::articles));

    private EnrichmentBenchmarks() {}

    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        Path job = EnrichmentBenchmark.jobFile().toAbsolutePath();
        int warmups = quick ? 1 : EnrichmentBenchmark.WARMUP_ITERATIONS;
        int warmupSeconds = quick ? EnrichmentBenchmark.QUICK_WARMUP_SECONDS : EnrichmentBenchmark.SECONDS_PER_ITERATION;
        int measurements = quick ? 1 : EnrichmentBenchmark.MEASUREMENT_ITERATIONS;
        int seconds = EnrichmentBenchmark.SECONDS_PER_ITERATION;

        System.out.printf(Locale.ROOT, "Enrichment chain benchmark: %s, %d core(s) visible, job %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), job);
        System.out.printf(Locale.ROOT, "per core: 1 thread, 1 fork; %d x %d s warm-up, %d x %d s measurement%s%n%n",
                warmups, warmupSeconds, measurements, seconds, quick ? " (quick: a smoke run, no error bars)" : "");
        System.out.println(load("before the run", 0));
        EnrichmentChain chain = EnrichmentChain.of(job);
        double minTopicScore = JobDefinitionLoader.load(job).topic().minScore();
        for (Workload workload : WORKLOADS) {
            System.out.println(summary(workload, chain, minTopicScore));
        }
        System.out.println();

        // The fork gets this JVM's own options too (JMH's default), so -Dbench.job only when it was not one.
        List<String> jvmArgs = new ArrayList<>(List.of(EnrichmentBenchmark.FORK_JVM_ARGS));
        if (System.getProperty("bench.job") == null) {
            jvmArgs.add("-Dbench.job=" + job);
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(EnrichmentBenchmark.class.getName() + "\\." + property("bench.include", ".*"))
                .forks(1)
                .threads(1)
                .shouldFailOnError(true)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(warmupSeconds))
                .measurementIterations(measurements)
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend(jvmArgs.toArray(String[]::new));
        String profiler = property("bench.prof", "");
        if (!profiler.isEmpty()) {
            int colon = profiler.indexOf(':');
            options = colon < 0 ? options.addProfiler(profiler)
                    : options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
        }
        String resultFile = property("bench.result", "");
        if (!resultFile.isEmpty()) {
            options = options.result(resultFile).resultFormat(ResultFormatType.JSON);
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        System.out.println();
        System.out.println(table(results));
        System.out.println(load("over the last minute, this run included", 1));
        if (!resultFile.isEmpty()) {
            System.out.println("JMH results: " + resultFile);
        }
    }

    /** One line per workload: chain, baseline, chain/baseline and the verdict. */
    static String table(Collection<RunResult> results) {
        Map<String, Result<?>> byMethod = new TreeMap<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), run.getPrimaryResult());
        }
        StringBuilder out = new StringBuilder();
        String row = "%-12s %22s %22s %15s %9s  %s%n";
        out.append(String.format(Locale.ROOT, row, "workload", "chain items/s", "baseline items/s",
                "chain/baseline", "target", "verdict"));
        for (Workload workload : WORKLOADS) {
            Result<?> chain = byMethod.get(workload.method() + "Chain");
            Result<?> baseline = byMethod.get(workload.method() + "Baseline");
            String ratio = chain != null && baseline != null
                    ? String.format(Locale.ROOT, "%.3f (%.1fx)", chain.getScore() / baseline.getScore(),
                    baseline.getScore() / chain.getScore())
                    : "-";
            String verdict = chain == null ? "-" : chain.getScore() >= workload.target() ? "PASS" : "FAIL";
            out.append(String.format(Locale.ROOT, row, workload.name(), score(chain), score(baseline), ratio,
                    String.format(Locale.ROOT, "%,.0f", workload.target()), verdict));
        }
        out.append("chain/baseline: the chain's share of pass-through speed; (Nx): the chain costs N times a parse and serialize.\n");
        out.append("verdict: the chain's mean items/s against the target. ± is JMH's 99.9% interval over the measured iterations.\n");
        return out.toString();
    }

    private static String score(Result<?> result) {
        if (result == null) {
            return "-";
        }
        double error = result.getScoreError();
        return Double.isNaN(error)
                ? String.format(Locale.ROOT, "%,.0f", result.getScore())
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", result.getScore(), error);
    }

    /** What the corpus holds, as the chain sees it: so a figure can be read against its input. */
    private static String summary(Workload workload, EnrichmentChain chain, double minTopicScore) throws MalformedItem, IOException {
        ObjectMapper json = new ObjectMapper();
        List<byte[]> items = workload.corpus().apply(workload.size());
        long bytes = 0;
        long words = 0;
        int arabic = 0;
        int mentions = 0;
        int onTopic = 0;
        for (byte[] item : items) {
            bytes += item.length;
            var document = DocumentNormalizer.normalize(FeedItemParser.parse(item), SourceKind.NEWS, Instant.EPOCH);
            words += Corpus.words(document.fullText());
            if ("ar".equals(chain.enricher().detectLanguage(document).language())) {
                arabic++;
            }
            byte[] mention = chain.process(item);
            if (mention != null) {
                mentions++;
                JsonNode node = json.readTree(mention);
                if (node.get("topic_score").asDouble() >= minTopicScore) {
                    onTopic++;
                }
            }
        }
        int n = items.size();
        return String.format(Locale.ROOT,
                "%-12s %,d items, mean %,d words / %,d bytes of JSON; detected %d%% Arabic; %d%% mentions, %d%% on topic",
                workload.name(), n, words / n, bytes / n, Math.round(100.0 * arabic / n),
                Math.round(100.0 * mentions / n), Math.round(100.0 * onTopic / n));
    }

    /**
     * Figures are per core: other work on the machine lowers them and widens the ±. The run itself
     * keeps one core busy, so after it, one more counts as quiet.
     */
    private static String load(String when, double own) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        if (load < 0) {
            return "";
        }
        return String.format(Locale.ROOT, "load average %s: %.2f on %d core(s)%s", when, load, cores,
                load > own + cores / 2.0 ? " - other processes compete for the cores; expect low, noisy figures" : "");
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}

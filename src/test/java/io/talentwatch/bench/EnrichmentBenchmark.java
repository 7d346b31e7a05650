package io.talentwatch.bench;

import io.talentwatch.feed.MalformedItem;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Items per second through the whole enrichment chain ({@link EnrichmentChain#process}) and through
 * the pass-through baseline ({@link EnrichmentChain#passThrough}: parse and serialize only), one
 * thread, for each workload. Each invocation runs the whole corpus, so a score is items/s. Run it
 * with {@link EnrichmentBenchmarks}, which also prints the ratio and the verdict.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@Warmup(iterations = EnrichmentBenchmark.WARMUP_ITERATIONS, time = EnrichmentBenchmark.SECONDS_PER_ITERATION)
@Measurement(iterations = EnrichmentBenchmark.MEASUREMENT_ITERATIONS, time = EnrichmentBenchmark.SECONDS_PER_ITERATION)
public class EnrichmentBenchmark {
    /** The article chain needs 10 to 15 s of JIT warm-up on a 2-core machine before it levels off. */
    static final int WARMUP_ITERATIONS = 8;
    static final int MEASUREMENT_ITERATIONS = 5;
    static final int SECONDS_PER_ITERATION = 2;
    /** {@code -Dbench.quick}: one warm-up iteration this long, then one measured iteration. */
    static final int QUICK_WARMUP_SECONDS = 6;
    /** A fixed heap, so the collector's sizing does not vary between runs. */
    static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx1g"};

    /** Enough distinct items that the figure is not one text's; each corpus pass takes ~0.1 s at target speed. */
    public static final int SHORT_POSTS = 4096;
    public static final int ARTICLES = 512;

    /** The job definition the chain runs; the runner passes the repository's, absolute. */
    static Path jobFile() {
        return Path.of(System.getProperty("bench.job", "jobs/talent-poaching.yaml"));
    }

    @State(Scope.Thread)
    public static class ShortPosts {
        EnrichmentChain chain;
        byte[][] items;

        @Setup(Level.Trial)
        public void setUp() {
            chain = EnrichmentChain.of(jobFile());
            items = Corpus.shortPosts(SHORT_POSTS).toArray(byte[][]::new);
        }
    }

    @State(Scope.Thread)
    public static class Articles {
        EnrichmentChain chain;
        byte[][] items;

        @Setup(Level.Trial)
        public void setUp() {
            chain = EnrichmentChain.of(jobFile());
            items = Corpus.articles(ARTICLES).toArray(byte[][]::new);
        }
    }

    @Benchmark
    @OperationsPerInvocation(SHORT_POSTS)
    public void shortPostsChain(ShortPosts state, Blackhole out) throws MalformedItem {
        for (byte[] item : state.items) {
            out.consume(state.chain.process(item));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SHORT_POSTS)
    public void shortPostsBaseline(ShortPosts state, Blackhole out) throws MalformedItem {
        for (byte[] item : state.items) {
            out.consume(EnrichmentChain.passThrough(item));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void articlesChain(Articles state, Blackhole out) throws MalformedItem {
        for (byte[] item : state.items) {
            out.consume(state.chain.process(item));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void articlesBaseline(Articles state, Blackhole out) throws MalformedItem {
        for (byte[] item : state.items) {
            out.consume(EnrichmentChain.passThrough(item));
        }
    }
}

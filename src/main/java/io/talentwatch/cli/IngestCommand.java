package io.talentwatch.cli;

import io.talentwatch.definition.TopicNames;
import io.talentwatch.ingest.FeedCounts;
import io.talentwatch.ingest.FeedDefinition;
import io.talentwatch.ingest.FeedDefinitionException;
import io.talentwatch.ingest.FeedDefinitions;
import io.talentwatch.ingest.Ingester;
import io.talentwatch.ingest.IngestRuntime;
import io.talentwatch.ingest.KafkaIngestOutput;
import io.talentwatch.ingest.MetricsEndpoint;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read live feeds into Kafka: RSS/Atom polling, Mastodon streaming, Reddit polling, as a feed file "
                + "(connectors/feeds/*.yaml) defines them. Each item is published with its own id and time; what cannot be "
                + "read goes to the dead-letter topic. Runs until Ctrl-C, printing a per-feed summary now and then; "
                + "--once polls each feed once and exits (for cron).",
                "Exit status with --once: 0, or 3 when a feed could not be fetched, or 1 when Kafka refused records."})
final class IngestCommand implements Callable<Integer> {
    static final int FEED_ERRORS = 3;

    @Parameters(index = "0", paramLabel = "FILE", description = "Feed definitions, e.g. connectors/feeds/ai-talent.yaml.")
    Path file;

    @Option(names = "--feed", paramLabel = "NAME", description = "Only this feed (repeat for more); default: every feed of FILE with a connector.")
    List<String> feedNames = new ArrayList<>();

    @Option(names = "--kafka", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String kafka;

    @Option(names = "--once", description = "Poll each feed once (a stream: until its server closes it, at most --stream-for, then "
            + "its backfill), print the summary and exit.")
    boolean once;

    @Option(names = "--stream-for", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "With --once: read a stream at most this long (default: ${DEFAULT-VALUE}).")
    Duration streamFor;

    @Option(names = "--metrics-port", paramLabel = "N",
            description = "Serve the per-feed counters in Prometheus text format on this port (0: any free port).")
    Integer metricsPort;

    @Option(names = "--summary-every", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Print the per-feed summary this often (default: ${DEFAULT-VALUE}).")
    Duration summaryEvery;

    @Mixin
    JobOptions job;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path feedFile = ReadableFile.require(spec, Home.resolve(file));
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--metrics-port must be 0 to 65535, got " + metricsPort);
        }
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (!once && given.hasMatchedOption("--stream-for")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stream-for applies with --once only: without it, streams run until Ctrl-C");
        }
        if (once && given.hasMatchedOption("--summary-every")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--summary-every does not apply with --once, which prints the summary once at the end");
        }
        List<FeedDefinition> feeds = select(definitions(feedFile));
        TopicNames topics = job.load().kafka().topics();
        PrintStream out = System.out;
        IngestRuntime runtime = IngestRuntime.real();
        try {
            Ingester.checkReady(feeds, runtime);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // Ctrl-C stops the ingester, in either mode, and the JVM waits until this thread has flushed and closed the
        // producer: the hook is let go only after the output is closed, or records still pending would be lost.
        AtomicReference<Ingester> running = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            Ingester ingester = running.get();
            if (ingester != null) {
                ingester.stop();
            }
            try {
                finished.await(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            try (KafkaIngestOutput output = new KafkaIngestOutput(kafka)) {
                Ingester ingester = new Ingester(feeds, topics, output, runtime);
                running.set(ingester);
                try (MetricsEndpoint endpoint = metricsPort == null ? null : metricsEndpoint(ingester)) {
                    out.println("ingesting " + feeds.size() + " feed(s) from " + file + " into Kafka at " + kafka + ": "
                            + feeds.stream().map(FeedDefinition::name).collect(Collectors.joining(", "))
                            + (endpoint == null ? "" : "; metrics on port " + endpoint.port()));
                    return once ? runOnce(ingester, out) : runUntilStopped(ingester, out);
                }
            }
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running, and may now let the JVM end
            }
        }
    }

    private MetricsEndpoint metricsEndpoint(Ingester ingester) {
        try {
            return MetricsEndpoint.start(metricsPort, ingester.metrics());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--metrics-port: cannot listen on port " + metricsPort
                    + (e instanceof BindException ? " (is it in use?)" : "") + ": " + e.getMessage());
        }
    }

    private int runOnce(Ingester ingester, PrintStream out) throws InterruptedException {
        ingester.runOnce(streamFor);
        ingester.metrics().summaryLines().forEach(out::println);
        List<String> failing = ingester.metrics().counts().stream().filter(c -> c.errors() > 0).map(FeedCounts::feed).toList();
        if (ingester.metrics().publishFailures() > 0) {
            System.err.println("talentwatch ingest: Kafka did not accept " + ingester.metrics().publishFailures() + " record(s); see the log");
            return 1;
        }
        if (!failing.isEmpty()) {
            System.err.println("talentwatch ingest: could not fetch " + String.join(", ", failing) + "; see the log");
            return FEED_ERRORS;
        }
        return 0;
    }

    /** Until Ctrl-C: the shutdown hook stops the ingester and waits while this thread flushes, prints the summary and closes the producer. */
    private int runUntilStopped(Ingester ingester, PrintStream out) throws InterruptedException {
        out.println("Ctrl-C stops it; a summary every " + summaryEvery.toSeconds() + "s");
        ingester.runUntilStopped(summaryEvery, lines -> lines.forEach(out::println));
        out.println("stopped; summary:");
        ingester.metrics().summaryLines().forEach(out::println);
        out.flush();
        return 0;
    }

    private FeedDefinitions definitions(Path feedFile) {
        try {
            return FeedDefinitions.load(feedFile);
        } catch (FeedDefinitionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<FeedDefinition> select(FeedDefinitions definitions) {
        if (feedNames.isEmpty()) {
            if (definitions.live().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + " has no feed with a connector, only exports for replay: "
                        + definitions.feeds().stream().map(FeedDefinition::name).collect(Collectors.joining(", ")));
            }
            return definitions.live();
        }
        List<FeedDefinition> chosen = new ArrayList<>();
        for (String name : feedNames) {
            FeedDefinition feed;
            try {
                feed = definitions.named(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--feed: " + e.getMessage());
            }
            if (!feed.live()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--feed: feed '" + name
                        + "' has no connector; it is an export for talentwatch replay");
            }
            if (!chosen.contains(feed)) {
                chosen.add(feed);
            }
        }
        return chosen;
    }
}

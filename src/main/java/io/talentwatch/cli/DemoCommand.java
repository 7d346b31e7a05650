package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.local.Cleanup;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.local.LocalStack;
import io.talentwatch.plot.PlotSize;
import io.talentwatch.replay.FeedEnd;
import io.talentwatch.replay.ReplaySummary;
import io.talentwatch.replay.Replayer;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.setup.Setup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on this machine and print the spikes it finds.",
                "Starts a Kafka broker and an Elasticsearch process, runs the job on a local Flink, replays the bundled",
                "sample feed, prints the spikes, then stops everything it started (unless --keep-running)."})
final class DemoCommand implements Callable<Integer> {
    static final String STOPPED = "Stopped everything the demo started.";

    @Mixin
    JobOptions job;

    @Option(names = "--keep-running", description = "Leave the stack up for exploration until Ctrl-C.")
    boolean keepRunning;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT4M",
            description = "How long to wait for the job to index the sample, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--plot", paramLabel = "DIR",
            description = "Also draw each series with a spike to DIR/<series>.png (made if missing): its window counts, "
                    + "the expected count with its band of ordinary counts, the spikes shaded.")
    Path plot;

    @Option(names = "--plot-size", paramLabel = "WIDTHxHEIGHT", converter = PlotSizeConverter.class,
            description = "Size of the --plot pictures in pixels (default: 1200x500).")
    PlotSize plotSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = job.load();
        PlotSize size = PlotOutput.size(spec, plot, plotSize);
        if (plot != null) {
            PlotOutput.directory(spec, "--plot", plot);
        }
        // Closed once, newest first, at the end or on Ctrl-C / SIGTERM (a shutdown hook: no finally runs then).
        try (Cleanup cleanup = new Cleanup("demo", () -> System.out.println(STOPPED))) {
            Path work = cleanup.deleteAtEnd(Files.createTempDirectory("talentwatch-demo-"));
            System.out.println("Starting Kafka and Elasticsearch...");
            LocalStack stack = cleanup.closeAtEnd(LocalStack.start(LocalStack.Options.defaults()));
            JobDefinition local = definition.withDeployment(stack.kafkaBootstrap(), stack.elasticsearchUrl());
            System.out.printf("  Kafka %s, Elasticsearch %s%n", stack.kafkaBootstrap(), stack.elasticsearchUrl());
            Setup.Result setup = Setup.run(local, Home.resolve(Path.of("connectors")), stack.elasticsearchUrl(), stack.kafkaBootstrap());
            System.out.println("  templates " + setup.indexTemplates().templates() + ", topics " + setup.createdTopics());

            LocalFlink flink = cleanup.closeAtEnd(LocalFlink.start(local, 1, LocalFlink.scratchIn(work)));
            System.out.println("Job '" + local.name() + "' running on a local Flink (" + flink.jobId() + ")");
            Path sample = SampleFeed.extract(work);
            long expected = SampleFeed.expectedMentions(sample, local);
            System.out.println("Replaying the sample feed (" + expected + " items name a watched company)...");
            ReplaySummary summary = new Replayer(local.kafka().bootstrapServers(), local.kafka().topics(), null, System.err)
                    .replay(List.of(sample));
            ReplayCommand.print(summary, System.out, true);
            markTheEnd(sample, local);

            ElasticsearchClient es = new ElasticsearchClient(stack.elasticsearchUrl());
            DemoProgress progress = new DemoProgress(es, local.elasticsearch());
            progress.awaitSettled(expected, timeout);
            DemoReport report = new DemoReport(es, local.elasticsearch());
            report.print(System.out, progress.mentions(), progress.windows());
            if (progress.spikes() == 0) {
                throw new UserError("the job indexed the sample but flagged no spike; see target/logs/talentwatch.log");
            }
            if (plot != null) {
                new DemoPlots(new IndexedSeries(es, local.elasticsearch()), local)
                        .write(plot, size, System.out);
            }
            if (keepRunning) {
                report.printQueries(System.out);
                System.out.println("\nThe stack keeps running; Ctrl-C stops it and everything it started.");
                System.out.flush();
                new CountDownLatch(1).await();
            }
            System.out.println();
        }
        return 0;
    }

    /**
     * The sample is a finished history: say so on every partition, as a live feed's next items would,
     * so the last windows close and the last mentions are decided now rather than once the feeds have
     * been quiet for the idleness, and the answer is the same whatever the machine's pace.
     */
    private static void markTheEnd(Path sample, JobDefinition job) throws java.io.IOException {
        System.out.println("Marked the end of the sample on every partition (an item naming no company, dated "
                + FeedEnd.markAfter(sample, job) + ")");
    }
}

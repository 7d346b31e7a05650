package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.local.LocalStack;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on this machine and print the spikes it finds.",
                "Starts a Kafka broker and an Elasticsearch process, runs the job on a local Flink, replays the bundled",
                "sample feed, prints the spikes, then stops everything it started (unless --keep-running)."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Option(names = "--keep-running", description = "Leave the stack up for exploration until Ctrl-C.")
    boolean keepRunning;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT4M",
            description = "How long to wait for the job to index the sample, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = job.load();
        Path work = Files.createTempDirectory("talentwatch-demo-");
        System.out.println("Starting Kafka and Elasticsearch...");
        try (LocalStack stack = LocalStack.start(LocalStack.Options.defaults())) {
            JobDefinition local = definition.withDeployment(stack.kafkaBootstrap(), stack.elasticsearchUrl());
            System.out.printf("  Kafka %s, Elasticsearch %s%n", stack.kafkaBootstrap(), stack.elasticsearchUrl());
            Setup.Result setup = Setup.run(local, Home.resolve(Path.of("connectors")), stack.elasticsearchUrl(), stack.kafkaBootstrap());
            System.out.println("  templates " + setup.indexTemplates().templates() + ", topics " + setup.createdTopics());

            try (LocalFlink flink = LocalFlink.start(local, 1)) {
                System.out.println("Job '" + local.name() + "' running on a local Flink (" + flink.jobId() + ")");
                Path sample = SampleFeed.extract(work);
                long expected = SampleFeed.expectedMentions(sample, local);
                System.out.println("Replaying the sample feed (" + expected + " items name a watched company)...");
                ReplaySummary summary = new Replayer(local.kafka().bootstrapServers(), local.kafka().topics(), null, System.err)
                        .replay(List.of(sample));
                ReplayCommand.print(summary, System.out, true);

                ElasticsearchClient es = new ElasticsearchClient(stack.elasticsearchUrl());
                DemoProgress progress = new DemoProgress(es, local.elasticsearch());
                progress.awaitSettled(expected, timeout);
                new DemoReport(es, local.elasticsearch()).print(System.out, progress.mentions(), progress.windows());
                if (progress.spikes() == 0) {
                    throw new UserError("the job indexed the sample but flagged no spike; see target/logs/talentwatch.log");
                }
                if (keepRunning) {
                    System.out.println("\nThe stack keeps running; Ctrl-C stops it and everything it started.");
                    new CountDownLatch(1).await();
                }
            }
        } finally {
            deleteQuietly(work);
        }
        System.out.println("Stopped everything the demo started.");
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // A temp dir left behind is harmless.
        }
    }
}

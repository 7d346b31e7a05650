package io.talentwatch.ingest;

import io.talentwatch.definition.TopicNames;
import java.time.Duration;

/** Feed definitions and ingesters as the tests use them, against a {@link RecordedServer}. */
final class Feeds {
    static final TopicNames TOPICS = new TopicNames("t.news", "t.social", "t.dlq", "t.spikes");

    private Feeds() {}

    static FeedDefinition one(String yaml) {
        return FeedDefinitions.parse("feeds:\n" + yaml.indent(2), "test.yaml").feeds().get(0);
    }

    /** A connector for one feed, publishing to {@code output}; its counters are in {@code metrics}. */
    static FeedConnector connector(FeedDefinition feed, RecordingOutput output, IngestMetrics metrics, IngestRuntime runtime) {
        FeedMetrics feedMetrics = metrics.feed(feed.name());
        FeedPublisher publisher = new FeedPublisher(feed, TOPICS, output, feedMetrics, runtime.clock());
        return Ingester.connector(feed, publisher, feedMetrics, runtime);
    }

    /** Runs until the pause ends it, as an interrupt would. */
    static void runUntilPauseEnds(FeedConnector connector) {
        try {
            connector.runContinuously();
            throw new AssertionError("runContinuously returned on its own");
        } catch (InterruptedException expected) {
            // the scripted pause ended the run
        }
    }

    static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}

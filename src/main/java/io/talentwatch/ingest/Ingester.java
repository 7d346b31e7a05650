package io.talentwatch.ingest;

import io.talentwatch.definition.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads live feeds into Kafka: each feed by its connector (RSS/Atom polling, Mastodon streaming,
 * Reddit polling) in its own thread, its items published with their own ids and times, what cannot
 * be read dead-lettered, and per-feed counters kept. The entry point of this package:
 * <pre>{@code
 * Ingester ingester = new Ingester(FeedDefinitions.load(file).live(), topics, new KafkaIngestOutput(kafka), IngestRuntime.real());
 * ingester.runOnce(Duration.ofMinutes(1));   // or runUntilStopped(...), ended by stop()
 * }</pre>
 */
public final class Ingester {
    private static final Logger LOG = LogManager.getLogger(Ingester.class);

    private final IngestOutput output;
    private final IngestMetrics metrics = new IngestMetrics();
    private final Map<String, FeedConnector> connectors = new LinkedHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** @throws IllegalArgumentException for a feed without a connector, or one whose access token is not set */
    public Ingester(List<FeedDefinition> feeds, TopicNames topics, IngestOutput output, IngestRuntime runtime) {
        checkReady(feeds, runtime);
        this.output = output;
        for (FeedDefinition feed : feeds) {
            FeedMetrics feedMetrics = metrics.feed(feed.name());
            FeedPublisher publisher = new FeedPublisher(feed, topics, output, feedMetrics, runtime.clock());
            connectors.put(feed.name(), connector(feed, publisher, feedMetrics, runtime));
        }
    }

    /** Refuses, before anything connects, feeds that cannot run: none at all, one without a connector, a token not set. */
    public static void checkReady(List<FeedDefinition> feeds, IngestRuntime runtime) {
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no feeds to ingest");
        }
        for (FeedDefinition feed : feeds) {
            if (!feed.live()) {
                throw new IllegalArgumentException("feed '" + feed.name() + "' has no connector: it is an export for replay");
            }
            AccessToken.of(feed, runtime.env());
        }
    }

    /** The connector that reads {@code feed}, by its kind. */
    static FeedConnector connector(FeedDefinition feed, FeedPublisher publisher, FeedMetrics metrics, IngestRuntime runtime) {
        return switch (feed.connector()) {
            case RSS_POLL -> new PollingConnector(feed.name(), new RssPoller(feed, publisher, metrics, runtime),
                    ((ConnectorSettings.RssPoll) feed.settings()).interval(), metrics, runtime);
            case REDDIT_POLL -> new PollingConnector(feed.name(), new RedditPoller(feed, publisher, metrics, runtime),
                    ((ConnectorSettings.RedditPoll) feed.settings()).interval(), metrics, runtime);
            case MASTODON_STREAM -> new MastodonStreamer(feed, publisher, metrics, runtime);
        };
    }

    public IngestMetrics metrics() {
        return metrics;
    }

    /**
     * How long {@code --once} gives its feeds beyond the stream limit: a poll takes at most a request
     * deadline, a stream's backfill a few of them. A feed still running then is stopped and counted as an error.
     */
    static final Duration ONCE_MARGIN = HttpFetcher.REQUEST_DEADLINE.multipliedBy(MastodonBackfill.MAX_PAGES + 2);
    /** How long stopping waits for the feed threads, all together, before flushing what they sent. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /**
     * Every feed once, all at the same time: a poll each, a stream each read until its server closes
     * it (or for {@code streamLimit}) and then backfilled. Ends early on {@link #stop()} (or an
     * interrupt); either way returns only when the feed threads have ended (or were given up on) and
     * all records are delivered or failed.
     */
    public void runOnce(Duration streamLimit) throws InterruptedException {
        runOnce(streamLimit, streamLimit.plus(ONCE_MARGIN));
    }

    void runOnce(Duration streamLimit, Duration deadline) throws InterruptedException {
        Map<String, Thread> threads = new LinkedHashMap<>();
        connectors.forEach((name, connector) -> threads.put(name, Workers.start("ingest-" + name, () -> connector.runOnce(streamLimit))));
        try {
            long end = System.nanoTime() + deadline.toNanos();
            while (threads.values().stream().anyMatch(Thread::isAlive) && stopped.getCount() > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    threads.forEach((name, thread) -> {
                        if (thread.isAlive()) {
                            metrics.feed(name).errors.increment();
                            LOG.error("{}: not done after {}s; stopped", name, deadline.toSeconds());
                        }
                    });
                    break;
                }
                stopped.await(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 200), TimeUnit.MILLISECONDS);
            }
        } finally {
            stopAndFlush(List.copyOf(threads.values()));
        }
    }

    /** Every feed on its schedule until {@link #stop()} (or an interrupt), handing the per-feed summary to {@code summaries} every {@code summaryEvery}. */
    public void runUntilStopped(Duration summaryEvery, Consumer<List<String>> summaries) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        connectors.forEach((name, connector) -> threads.add(Workers.start("ingest-" + name, connector::runContinuously)));
        try {
            while (!stopped.await(summaryEvery.toMillis(), TimeUnit.MILLISECONDS)) {
                List<String> lines = metrics.summaryLines();
                lines.forEach(LOG::info);
                summaries.accept(lines);
            }
        } finally {
            stopAndFlush(threads);
        }
    }

    /**
     * Interrupts every feed thread, waits for them all within one {@link #STOP_GRACE}, then flushes
     * what they sent, whatever happened: a record sent by a thread still ending would miss a flush made
     * before it. An interrupt of the calling thread is kept for its caller, not let cut the flush short.
     */
    private void stopAndFlush(List<Thread> threads) throws InterruptedException {
        boolean interrupted = Thread.interrupted();
        try {
            threads.forEach(Thread::interrupt);
            long end = System.nanoTime() + STOP_GRACE.toNanos();
            for (Thread thread : threads) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                try {
                    thread.join(left);
                } catch (InterruptedException e) {
                    interrupted = true; // asked again: the flush below still happens
                }
            }
            threads.stream().filter(Thread::isAlive).forEach(t -> LOG.warn("{} did not stop within {}s", t.getName(), STOP_GRACE.toSeconds()));
        } finally {
            try {
                output.flush();
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Ends {@link #runUntilStopped} or {@link #runOnce}: their threads are interrupted and what they sent is flushed. */
    public void stop() {
        stopped.countDown();
    }
}

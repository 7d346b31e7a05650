package io.talentwatch.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** One feed's counters, written by its connector threads and Kafka's callbacks, read by the summary and the metrics endpoint. */
public final class FeedMetrics {
    private final String feed;
    final LongAdder polls = new LongAdder();
    final LongAdder notModified = new LongAdder();
    final LongAdder published = new LongAdder();
    final LongAdder retractions = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder reconnects = new LongAdder();
    final LongAdder publishFailures = new LongAdder();
    private final Map<String, LongAdder> deadLettered = new ConcurrentHashMap<>();
    private volatile Instant lastSuccess;

    FeedMetrics(String feed) {
        this.feed = feed;
    }

    public String feed() {
        return feed;
    }

    /** One entry or payload sent to the dead-letter topic, counted by its stable reason. */
    void deadLettered(String reason) {
        deadLettered.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    /** A fetch or stream that answered (200 or 304), for "how long since this feed last worked". */
    void succeeded(Instant at) {
        lastSuccess = at;
    }

    public FeedCounts counts() {
        Map<String, Long> reasons = new TreeMap<>();
        deadLettered.forEach((reason, count) -> reasons.put(reason, count.sum()));
        return new FeedCounts(feed, polls.sum(), notModified.sum(), published.sum(), retractions.sum(), reasons,
                errors.sum(), reconnects.sum(), publishFailures.sum(), lastSuccess);
    }
}

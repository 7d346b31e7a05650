package io.talentwatch.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every feed's counters, in the order of the definition file. */
public final class IngestMetrics {
    private final Map<String, FeedMetrics> feeds = Collections.synchronizedMap(new LinkedHashMap<>());

    FeedMetrics feed(String name) {
        return feeds.computeIfAbsent(name, FeedMetrics::new);
    }

    public List<FeedCounts> counts() {
        synchronized (feeds) {
            return feeds.values().stream().map(FeedMetrics::counts).toList();
        }
    }

    public FeedCounts counts(String feed) {
        FeedMetrics metrics = feeds.get(feed);
        if (metrics == null) {
            throw new IllegalArgumentException("no feed '" + feed + "' is ingested");
        }
        return metrics.counts();
    }

    public List<String> summaryLines() {
        return counts().stream().map(FeedCounts::summary).toList();
    }

    public long publishFailures() {
        return counts().stream().mapToLong(FeedCounts::publishFailures).sum();
    }
}

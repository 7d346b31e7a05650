package io.talentwatch.ingest;

import java.time.Instant;
import java.util.Map;

/**
 * A feed's counters at one moment.
 *
 * @param polls requests made: polls, and a stream's backfill pages
 * @param deadLetteredByReason entries and payloads sent to the dead-letter topic, by reason
 * @param errors failed requests (HTTP errors, I/O, timeouts) and dropped streams
 * @param publishFailures records Kafka did not accept
 * @param lastSuccess when the feed last answered, or null
 */
public record FeedCounts(String feed, long polls, long notModified, long published, long retractions,
                         Map<String, Long> deadLetteredByReason, long errors, long reconnects, long publishFailures,
                         Instant lastSuccess) {
    public FeedCounts {
        deadLetteredByReason = Map.copyOf(deadLetteredByReason);
    }

    public long deadLettered() {
        return deadLetteredByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line for the log and the terminal. */
    public String summary() {
        return String.format("%s: %d polls, %d not modified, %d published, %d retractions, %d dead-lettered, %d errors, %d reconnects%s",
                feed, polls, notModified, published, retractions, deadLettered(), errors, reconnects,
                publishFailures > 0 ? ", " + publishFailures + " NOT accepted by Kafka" : "");
    }
}

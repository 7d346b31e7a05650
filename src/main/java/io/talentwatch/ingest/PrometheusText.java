package io.talentwatch.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The ingester's counters in Prometheus' text exposition format (0.0.4), one series per feed. */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {}

    static String of(List<FeedCounts> feeds) {
        StringBuilder out = new StringBuilder();
        counter(out, "polls", "Requests made: feed polls and stream backfill pages.", feeds, FeedCounts::polls);
        counter(out, "not_modified", "Polls answered 304 Not Modified.", feeds, FeedCounts::notModified);
        counter(out, "items_published", "Items published to the feed topics.", feeds, FeedCounts::published);
        counter(out, "retractions_published", "Deletes published to the feed topics.", feeds, FeedCounts::retractions);
        help(out, "dead_lettered", "Entries and whole responses sent to the dead-letter topic, by reason.", "counter");
        for (FeedCounts feed : feeds) {
            for (Map.Entry<String, Long> reason : feed.deadLetteredByReason().entrySet()) {
                out.append("talentwatch_ingest_dead_lettered_total{feed=\"").append(escape(feed.feed()))
                        .append("\",reason=\"").append(escape(reason.getKey())).append("\"} ").append(reason.getValue()).append('\n');
            }
        }
        counter(out, "errors", "Failed requests (HTTP errors, I/O, timeouts) and dropped streams.", feeds, FeedCounts::errors);
        counter(out, "reconnects", "Streams reopened.", feeds, FeedCounts::reconnects);
        counter(out, "publish_failures", "Records Kafka did not accept.", feeds, FeedCounts::publishFailures);
        help(out, "last_success_timestamp_seconds", "When the feed last answered (200 or 304).", "gauge");
        for (FeedCounts feed : feeds) {
            if (feed.lastSuccess() != null) {
                out.append("talentwatch_ingest_last_success_timestamp_seconds{feed=\"").append(escape(feed.feed())).append("\"} ")
                        .append(feed.lastSuccess().toEpochMilli() / 1000.0).append('\n');
            }
        }
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, List<FeedCounts> feeds, ToLongFunction<FeedCounts> value) {
        help(out, name, help, "counter");
        for (FeedCounts feed : feeds) {
            out.append("talentwatch_ingest_").append(name).append("_total{feed=\"").append(escape(feed.feed())).append("\"} ")
                    .append(value.applyAsLong(feed)).append('\n');
        }
    }

    private static void help(StringBuilder out, String name, String help, String type) {
        String full = "talentwatch_ingest_" + name + (type.equals("counter") ? "_total" : "");
        out.append("# HELP ").append(full).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(full).append(' ').append(type).append('\n');
    }

    /** Label values escape backslash, double quote and line feed. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

package io.talentwatch.model;

import java.io.Serializable;
import java.time.Instant;

/** Mentions of one series in one event-time window. Its id is stable, so a replay overwrites it. */
public record WindowStat(
        SeriesKey series,
        Instant windowStart,
        Instant windowEnd,
        long mentions,
        long onTopicMentions,
        double meanSentiment,
        Explanation explanation) implements Serializable {

    public String id() {
        return series.id() + "@" + windowEnd.toEpochMilli();
    }
}

package io.talentwatch.model;

import java.io.Serializable;
import java.time.Instant;

/** Mentions of one company in one event-time window. Its id is stable, so a replay overwrites it. */
public record WindowStat(
        String companyId,
        Instant windowStart,
        Instant windowEnd,
        long mentions,
        long onTopicMentions,
        double meanSentiment) implements Serializable {

    public String id() {
        return companyId + "@" + windowEnd.toEpochMilli();
    }
}

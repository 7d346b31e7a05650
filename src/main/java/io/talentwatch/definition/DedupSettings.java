package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.positive;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long, in event time, the job remembers what it has counted, so that a story counts once:
 * the same normalized URL within {@code sameUrl}, the same title from the same source within
 * {@code sameTitle}, and an item's own id (its edits, re-deliveries and its delete) within
 * {@code sameItem}. Each bound is also how long the state lives, which keeps it bounded.
 */
public record DedupSettings(Duration sameUrl, Duration sameTitle, Duration sameItem) implements Serializable {
    public DedupSettings {
        sameUrl = positive("same-url", orDefault(sameUrl, Duration.ofDays(7)));
        sameTitle = positive("same-title", orDefault(sameTitle, Duration.ofDays(1)));
        sameItem = positive("same-item", orDefault(sameItem, Duration.ofDays(7)));
    }

    static DedupSettings defaults() {
        return new DedupSettings(null, null, null);
    }
}

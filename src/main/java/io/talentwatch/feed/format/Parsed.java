package io.talentwatch.feed.format;

import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.MalformedItem;
import java.util.List;

/**
 * What one payload (a feed document, a JSON response, a stream's events) held: its items and
 * withdrawals in order, and each item that could not be read with its reason and its own text, so
 * one bad entry costs that entry only.
 */
public record Parsed(List<FeedEvent> events, List<Rejected> rejected) {
    public Parsed {
        events = List.copyOf(events);
        rejected = List.copyOf(rejected);
    }

    /** One unreadable item of a payload: why, and the item's own text as it came. */
    public record Rejected(MalformedItem problem, String raw) {}
}

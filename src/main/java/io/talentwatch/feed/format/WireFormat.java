package io.talentwatch.feed.format;

import io.talentwatch.feed.MalformedItem;

/** Reads one wire format into feed items, keeping each item's own time, author, URL and language hint. */
public interface WireFormat {
    /**
     * @throws MalformedItem when the payload as a whole cannot be read (not XML, not JSON, too large);
     *     an unreadable entry inside a readable payload is a {@link Parsed.Rejected} instead
     */
    Parsed parse(byte[] payload, FeedContext context) throws MalformedItem;
}

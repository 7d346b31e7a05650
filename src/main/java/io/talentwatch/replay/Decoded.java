package io.talentwatch.replay;

import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;

/** One entry of a replayed payload: an item with the JSON to publish, an entry rejected with its reason, or a withdrawal. */
sealed interface Decoded {
    /** {@code value} is what the feed topic receives: the line itself, or the item written as article JSON. */
    record Item(FeedItem item, byte[] value) implements Decoded {}

    record Rejected(MalformedItem problem, byte[] raw) implements Decoded {}

    /**
     * A delete the feed sent. {@code timed}: its time is its own (an article-JSON withdrawal line);
     * otherwise it is when the parser saw it, and the replay places it after the items before it.
     */
    record Withdrawn(Retraction retraction, boolean timed) implements Decoded {}
}

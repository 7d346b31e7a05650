package io.talentwatch.ingest;

import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.feed.format.Parsed;
import io.talentwatch.feed.format.WireFormat;
import java.time.Instant;

/** A feed's response body read in the feed's format, or the reason it cannot be read as a whole. */
final class PayloadDecoder {
    private PayloadDecoder() {}

    /** In the feed's own format. */
    static Parsed decode(FeedDefinition feed, HttpReply reply, int limit, Instant receivedAt) throws MalformedItem {
        return decode(feed.format(), feed.reader(), feed, reply, limit, receivedAt);
    }

    /** In another format than the feed's (a stream's REST backfill), for the same feed. */
    static Parsed decode(FeedFormat format, WireFormat reader, FeedDefinition feed, HttpReply reply, int limit, Instant receivedAt)
            throws MalformedItem {
        if (reply.oversize()) {
            throw new MalformedItem("over the " + limit + "-byte response limit", "the rest was not read");
        }
        PayloadCheck.check(format, reply.contentType(), reply.body());
        try {
            return reader.parse(reply.body(), feed.context(receivedAt));
        } catch (RuntimeException e) { // a library's own failure on odd input: the payload is lost, not the ingester
            throw new MalformedItem("unreadable payload", e.toString());
        }
    }
}

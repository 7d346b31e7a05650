package io.talentwatch.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import java.util.List;

/**
 * Reddit's listing JSON: a subreddit's posts ({@code t3}), or a post page (an array of two listings)
 * with its comments ({@code t1}) and their replies, nested to any depth. {@code created_utc} is
 * seconds with a fraction. Reddit escapes {@code &}, {@code <} and {@code >} in text; they are decoded.
 */
final class RedditFormat implements WireFormat {
    private static final String SITE = "https://www.reddit.com";

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        JsonNode node = JsonPayload.read(payload);
        Entries entries = new Entries();
        for (JsonNode listing : node.isArray() ? node : List.of(node)) {
            if (!"Listing".equals(JsonPayload.text(listing, "kind"))) {
                throw new MalformedItem("not a Reddit listing", "kind " + listing.path("kind"));
            }
            walk(listing, context, entries);
        }
        return entries.parsed();
    }

    private static void walk(JsonNode listing, FeedContext context, Entries entries) {
        for (JsonNode thing : listing.path("data").path("children")) {
            String kind = JsonPayload.text(thing, "kind");
            if (!"t3".equals(kind) && !"t1".equals(kind)) {
                continue; // "more" stubs and anything that is neither post nor comment
            }
            JsonNode data = thing.path("data");
            entries.add(data, JsonPayload.raw(thing), d -> FeedItemJson.checked(item(kind, d, context)));
            if (data.path("replies").isObject()) {
                walk(data.path("replies"), context, entries);
            }
        }
    }

    private static FeedItem item(String kind, JsonNode data, FeedContext context) throws MalformedItem {
        String name = JsonPayload.text(data, "name");
        if (name == null) {
            throw new MalformedItem("missing 'name'");
        }
        boolean post = "t3".equals(kind);
        String permalink = JsonPayload.text(data, "permalink");
        String subreddit = JsonPayload.text(data, "subreddit");
        String source = context.sourceOr(subreddit != null ? "reddit/r/" + subreddit : "reddit");
        return new FeedItem(name, context.kind(), source, permalink == null ? null : SITE + permalink,
                JsonPayload.text(data, "author"), post ? HtmlText.plain(JsonPayload.text(data, "title")) : null,
                HtmlText.plain(JsonPayload.text(data, post ? "selftext" : "body")), null,
                JsonPayload.epochSeconds(data, "created_utc"));
    }
}

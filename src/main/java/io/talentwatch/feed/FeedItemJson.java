package io.talentwatch.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A feed item as the feed topics carry it (generic article JSON), the inverse of
 * {@link FeedItemParser}: whatever reads another wire format writes its items this way.
 */
public final class FeedItemJson {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private FeedItemJson() {}

    public static byte[] write(FeedItem item) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", item.id());
        json.put("kind", item.kind() == null ? null : item.kind().wireName());
        json.put("source", item.source());
        json.put("url", item.url());
        json.put("author", item.author());
        json.put("title", item.title());
        json.put("text", item.text());
        json.put("lang", item.lang());
        json.put("published", item.published() == null ? null : item.published().toString());
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    /** A withdrawal as the feed topics carry it, stamped with when it was seen. */
    public static byte[] write(Retraction retraction) {
        ObjectNode json = JSON.createObjectNode();
        json.put("deleted", true);
        json.put("id", retraction.id());
        json.put("source", retraction.source());
        json.put("published", retraction.at().toString());
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    /**
     * The item as the job will read it, or why the job would refuse it: every wire format's items
     * pass the one parser the job uses, so no format can publish what the job dead-letters.
     */
    public static FeedItem checked(FeedItem item) throws MalformedItem {
        return FeedItemParser.parse(write(item));
    }
}

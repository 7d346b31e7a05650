package io.talentwatch.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * X (Twitter) API v2 tweet responses: {@code data} as one tweet or a list, authors' user names
 * from {@code includes.users}. A long post's full text is in {@code note_tweet}; the API's
 * {@code lang} "und" (undetermined) is no hint at all.
 */
final class XFormat implements WireFormat {
    static final String DEFAULT_SOURCE = "x";

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        JsonNode node = JsonPayload.read(payload);
        if (!node.has("data")) {
            if (node.has("errors") || !node.has("meta")) {
                throw new MalformedItem("not an X API v2 response (no 'data')", node.has("errors") ? node.path("errors").toString() : null);
            }
            return new Parsed(List.of(), List.of()); // an empty page: "meta": {"result_count": 0}
        }
        Map<String, String> userNames = new HashMap<>();
        node.path("includes").path("users").forEach(user -> userNames.put(user.path("id").asText(), user.path("username").asText()));
        Entries entries = new Entries();
        JsonNode data = node.path("data");
        for (JsonNode tweet : data.isArray() ? data : List.of(data)) {
            entries.add(tweet, JsonPayload.raw(tweet), t -> tweet(t, userNames, context));
        }
        return entries.parsed();
    }

    private static FeedItem tweet(JsonNode tweet, Map<String, String> userNames, FeedContext context) throws MalformedItem {
        String id = JsonPayload.text(tweet, "id");
        if (id == null) {
            throw new MalformedItem("missing 'id'");
        }
        String user = userNames.get(JsonPayload.text(tweet, "author_id"));
        String text = JsonPayload.text(tweet.path("note_tweet"), "text") != null
                ? JsonPayload.text(tweet.path("note_tweet"), "text") : JsonPayload.text(tweet, "text");
        String lang = JsonPayload.text(tweet, "lang");
        return FeedItemJson.checked(new FeedItem(id, context.kind(), context.sourceOr(DEFAULT_SOURCE),
                "https://x.com/" + (user != null ? user : "i/web") + "/status/" + id, user, null, HtmlText.plain(text),
                "und".equals(lang) ? null : lang, JsonPayload.time(tweet, "created_at")));
    }
}

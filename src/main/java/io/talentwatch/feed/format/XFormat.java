package io.talentwatch.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import java.util.ArrayList;
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
            throw new MalformedItem("not an X API v2 response (no 'data')",
                    node.has("errors") ? node.path("errors").toString() : null);
        }
        Map<String, String> userNames = new HashMap<>();
        node.path("includes").path("users").forEach(user -> userNames.put(user.path("id").asText(), user.path("username").asText()));
        List<FeedEvent> items = new ArrayList<>();
        List<Parsed.Rejected> rejected = new ArrayList<>();
        JsonNode data = node.path("data");
        for (JsonNode tweet : data.isArray() ? data : List.of(data)) {
            try {
                items.add(tweet(tweet, userNames, context));
            } catch (MalformedItem e) {
                rejected.add(new Parsed.Rejected(e, JsonPayload.raw(tweet)));
            }
        }
        return new Parsed(items, rejected);
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
        return FeedItemJson.checked(new FeedItem(id, context.kind(), context.source() != null ? context.source() : DEFAULT_SOURCE,
                "https://x.com/" + (user != null ? user : "i/web") + "/status/" + id, user, null, HtmlText.of(text),
                "und".equals(lang) ? null : lang, JsonPayload.time(tweet, "created_at")));
    }
}

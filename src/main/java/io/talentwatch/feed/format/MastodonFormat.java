package io.talentwatch.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import java.util.List;

/**
 * Mastodon statuses as its REST API returns them: one status, or a timeline (an array). A boost
 * stands for the status it boosts. The status's {@code language} is kept as a hint only: it is the
 * poster's setting, often wrong or null.
 */
final class MastodonFormat implements WireFormat {
    static final String DEFAULT_SOURCE = "mastodon";

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        JsonNode node = JsonPayload.read(payload);
        Entries entries = new Entries();
        for (JsonNode status : node.isArray() ? node : List.of(node)) {
            entries.add(status, JsonPayload.raw(status), s -> status(s, context));
        }
        return entries.parsed();
    }

    static FeedItem status(JsonNode status, FeedContext context) throws MalformedItem {
        if (!status.isObject()) {
            throw new MalformedItem("a status must be a JSON object");
        }
        JsonNode shown = status.path("reblog").isObject() ? status.path("reblog") : status;
        String id = JsonPayload.text(shown, "id");
        if (id == null) {
            throw new MalformedItem("missing 'id'");
        }
        String warning = JsonPayload.text(shown, "spoiler_text");
        String content = HtmlText.of(JsonPayload.text(shown, "content"));
        String text = warning == null ? content : content == null ? warning : warning + "\n\n" + content;
        String url = JsonPayload.text(shown, "url") != null ? JsonPayload.text(shown, "url") : JsonPayload.text(shown, "uri");
        return FeedItemJson.checked(new FeedItem(id, context.kind(), source(context), url,
                JsonPayload.text(shown.path("account"), "acct"), null, text, JsonPayload.text(shown, "language"),
                JsonPayload.time(shown, "created_at")));
    }

    /** Statuses and deletes must name one source, so a delete finds what it retracts. */
    static String source(FeedContext context) {
        return context.sourceOr(DEFAULT_SOURCE);
    }
}

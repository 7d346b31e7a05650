package io.talentwatch.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Utf8;
import io.talentwatch.model.SourceKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Turns the raw bytes of one feed item (generic article JSON) into a {@link FeedItem}, or says
 * exactly why it cannot. The job's parse stage and {@code talentwatch replay} both use it, so a
 * line replay accepts is a line the job accepts.
 */
public final class FeedItemParser {
    /** Larger items are rejected rather than allowed to stall the pipeline. */
    public static final int MAX_ITEM_BYTES = 1 << 20;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private FeedItemParser() {}

    /** An item; a withdrawal ({@code "deleted": true}) is refused here, as where only items may come. */
    public static FeedItem parse(byte[] raw) throws MalformedItem {
        if (parseEvent(raw) instanceof FeedItem item) {
            return item;
        }
        throw new MalformedItem("a withdrawal ('deleted': true), not an item");
    }

    /**
     * An item, or the withdrawal of one: {@code {"deleted": true, "source": ..., "id": ..., "published": when}},
     * the form {@link FeedItemJson#write(Retraction)} gives a Mastodon or Bluesky delete on the feed topics.
     */
    public static FeedEvent parseEvent(byte[] raw) throws MalformedItem {
        JsonNode node = object(raw);
        JsonNode deleted = node.get("deleted");
        if (deleted != null && !deleted.isNull()) {
            if (!deleted.isBoolean()) {
                throw new MalformedItem("'deleted' must be true or false", "found " + deleted.getNodeType().name().toLowerCase());
            }
            if (deleted.booleanValue()) {
                return retraction(node);
            }
        }
        return item(node);
    }

    private static Retraction retraction(JsonNode node) throws MalformedItem {
        String source = text(node, "source");
        String id = text(node, "id");
        if (isBlank(source) || isBlank(id)) {
            throw new MalformedItem("a withdrawal needs 'source' and 'id'");
        }
        return new Retraction(source, id, published(node));
    }

    private static JsonNode object(byte[] raw) throws MalformedItem {
        if (raw == null || raw.length == 0) {
            throw new MalformedItem("empty item");
        }
        if (raw.length > MAX_ITEM_BYTES) {
            throw new MalformedItem("over the " + MAX_ITEM_BYTES + "-byte limit", raw.length + " bytes");
        }
        checkUtf8(raw);
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new MalformedItem("not valid JSON", e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new MalformedItem("unreadable", e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedItem("not a JSON object", node == null ? null : "found " + node.getNodeType().name().toLowerCase());
        }
        return node;
    }

    private static FeedItem item(JsonNode node) throws MalformedItem {
        String title = text(node, "title");
        String text = text(node, "text");
        if (isBlank(title) && isBlank(text)) {
            throw new MalformedItem("has neither 'title' nor 'text'");
        }
        String source = text(node, "source");
        if (isBlank(source)) {
            throw new MalformedItem("missing 'source'");
        }
        return new FeedItem(text(node, "id"), kind(node), source, text(node, "url"), text(node, "author"),
                title, text, text(node, "lang"), published(node));
    }

    /** Checked without decoding: Jackson decodes the bytes once, right after. */
    private static void checkUtf8(byte[] raw) throws MalformedItem {
        if (!Utf8.isWellFormed(raw)) {
            throw new MalformedItem("not valid UTF-8");
        }
    }

    private static String text(JsonNode node, String field) throws MalformedItem {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber() && "id".equals(field)) {
            return value.asText();
        }
        throw new MalformedItem("'" + field + "' must be a string", "found " + value.getNodeType().name().toLowerCase());
    }

    private static SourceKind kind(JsonNode node) throws MalformedItem {
        String kind = text(node, "kind");
        if (kind == null) {
            return null;
        }
        try {
            return SourceKind.fromWire(kind);
        } catch (IllegalArgumentException e) {
            throw new MalformedItem("'kind' must be news or social", "'" + kind + "'");
        }
    }

    private static Instant published(JsonNode node) throws MalformedItem {
        String published = text(node, "published");
        if (isBlank(published)) {
            throw new MalformedItem("missing 'published'");
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(published.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedItem("'published' is not an ISO-8601 time with offset", "'" + published + "'");
        }
        // Elasticsearch dates and the monthly index names have four-digit years, in UTC.
        int utcYear = time.atZoneSameInstant(java.time.ZoneOffset.UTC).getYear();
        if (utcYear < 1 || utcYear > 9999) {
            throw new MalformedItem("'published' is outside the years 0001-9999", "'" + published + "'");
        }
        return time.toInstant();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

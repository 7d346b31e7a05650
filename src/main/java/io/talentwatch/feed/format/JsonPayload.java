package io.talentwatch.feed.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Utf8;
import io.talentwatch.feed.MalformedItem;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading the JSON wire formats: the payload as a tree, and the fields every one of them has in its own way. */
final class JsonPayload {
    // A payload is one JSON value: a second one after it is an error, not silently dropped.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonPayload() {}

    static JsonNode read(byte[] payload) throws MalformedItem {
        if (payload == null || payload.length == 0) {
            throw new MalformedItem("empty item");
        }
        if (!Utf8.isWellFormed(payload)) {
            throw new MalformedItem("not valid UTF-8");
        }
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new MalformedItem("not valid JSON", e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedItem("unreadable", e.getMessage());
        }
    }

    static JsonNode parse(String json) throws MalformedItem {
        return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A text field, or null when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** An ISO-8601 time with an offset ({@code Z}, {@code +00:00}, any fraction of a second). */
    static Instant time(JsonNode node, String field) throws MalformedItem {
        return time(field, text(node, field));
    }

    /** {@link #time(JsonNode, String)} of a value already read; {@code field} names it in the reason. */
    static Instant time(String field, String value) throws MalformedItem {
        if (value == null) {
            throw new MalformedItem("missing '" + field + "'");
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedItem("'" + field + "' is not an ISO-8601 time with offset", "'" + value + "'");
        }
    }

    /** Seconds since the epoch as a number with a fraction (Reddit's {@code created_utc}), to the millisecond. */
    static Instant epochSeconds(JsonNode node, String field) throws MalformedItem {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            throw new MalformedItem("'" + field + "' must be seconds since 1970", value.isMissingNode() ? "missing" : value.toString());
        }
        if (!Double.isFinite(value.doubleValue())) {
            throw new MalformedItem("'" + field + "' must be seconds since 1970", value.toString());
        }
        try {
            return Instant.ofEpochMilli(value.decimalValue().movePointRight(3).setScale(0, java.math.RoundingMode.FLOOR).longValueExact());
        } catch (ArithmeticException | java.time.DateTimeException e) {
            throw new MalformedItem("'" + field + "' is out of range", value.toString());
        }
    }

    /** A compact copy of one entry of a payload, for the dead letter of that entry alone. */
    static String raw(JsonNode node) {
        return node.toString();
    }
}

package io.talentwatch.sink.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Whether Elasticsearch accepts one JSON value for one mapped field type. Each check returns the
 * problem in a few words, or null when the value fits.
 */
final class FieldTypes {
    static final Set<String> KNOWN = Set.of("keyword", "text", "integer", "long", "float", "double", "boolean", "date");

    /** Lucene's hard limit on one indexed term, in UTF-8 bytes; a longer keyword fails the whole document. */
    static final int MAX_TERM_BYTES = 32_766;

    private FieldTypes() {}

    static String problem(FieldMapping field, JsonNode value) {
        return switch (field.type()) {
            case "keyword" -> keyword(field, value);
            case "text" -> value.isTextual() ? null : "expected a string for a text field, got " + kind(value);
            case "integer" -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
            case "long" -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE, "long");
            case "float" -> finite(value, Float.MAX_VALUE, "float");
            case "double" -> finite(value, Double.MAX_VALUE, "double");
            case "boolean" -> value.isBoolean() ? null : "expected true or false, got " + kind(value);
            case "date" -> date(value);
            default -> "unknown field type '" + field.type() + "'";
        };
    }

    private static String keyword(FieldMapping field, JsonNode value) {
        if (!value.isTextual()) {
            return "expected a string for a keyword field, got " + kind(value);
        }
        String text = value.asText();
        // ignore_above counts characters: a longer value is stored but not indexed, so no term is made.
        if (field.ignoreAbove() != null && text.length() > field.ignoreAbove()) {
            return null;
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TERM_BYTES) {
            return "a keyword of " + bytes + " UTF-8 bytes is over Lucene's " + MAX_TERM_BYTES + "-byte term limit";
        }
        return null;
    }

    private static String integral(JsonNode value, long min, long max, String type) {
        if (!value.isIntegralNumber()) {
            return "expected a whole number for a " + type + " field, got " + kind(value);
        }
        if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            return value.asText() + " is out of the " + type + " range";
        }
        return null;
    }

    private static String finite(JsonNode value, double max, String type) {
        if (!value.isNumber()) {
            return "expected a number for a " + type + " field, got " + kind(value);
        }
        double number = value.asDouble();
        if (!Double.isFinite(number) || Math.abs(number) > max) {
            return value.asText() + " is not a finite " + type;
        }
        return null;
    }

    /** The templates' dates use the default format; TalentWatch writes ISO-8601 with an offset. */
    private static String date(JsonNode value) {
        if (!value.isTextual()) {
            return "expected an ISO-8601 time, got " + kind(value);
        }
        String text = value.asText();
        try {
            int year = OffsetDateTime.parse(text).getYear();
            // strict_date_optional_time reads four-digit years only: +10000-01-01 is refused.
            if (year < 0 || year > 9999) {
                return "'" + abbreviate(text) + "' has a year outside 0000-9999";
            }
            return null;
        } catch (DateTimeParseException e) {
            return "'" + abbreviate(text) + "' is not an ISO-8601 time";
        }
    }

    static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}

package io.talentwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mastodon status ids, where a stream resumes from: the id of each status event and of each status
 * of a timeline page, whether or not the status itself could be read. Ids are numbers in strings
 * that grow with time.
 */
final class MastodonIds {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private MastodonIds() {}

    static Optional<String> ofEvent(SseReader.Event event) {
        if (!"update".equals(event.name()) && !"status.update".equals(event.name())) {
            return Optional.empty();
        }
        try {
            return id(JSON.readTree(event.data()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The ids of a timeline page, newest first as the server lists them; none when the page is unreadable. */
    static List<String> ofTimeline(byte[] body) {
        List<String> ids = new ArrayList<>();
        try {
            JsonNode page = JSON.readTree(body);
            if (page != null && page.isArray()) {
                page.forEach(status -> id(status).ifPresent(ids::add));
            }
        } catch (IOException e) {
            // unreadable: its dead letter says why
        }
        return ids;
    }

    /** Whether {@code a} is a later id than {@code b} (null is earliest). */
    static boolean later(String a, String b) {
        if (b == null) {
            return a != null;
        }
        if (a == null) {
            return false;
        }
        return a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) > 0;
    }

    private static Optional<String> id(JsonNode status) {
        JsonNode id = status == null ? null : status.get("id");
        return id != null && id.isTextual() && id.asText().matches("\\d{1,30}") ? Optional.of(id.asText()) : Optional.empty();
    }
}

package io.talentwatch.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.feed.FeedItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Moves history to the present for demos: every item's time shifts by one whole number of days,
 * chosen so that the newest item lands within the last day and the gaps between items stay as they
 * were. Whole days keep each item in the same windows and hours of the day as before (only the
 * weekday may change), so a dashboard's "last 7 days" shows what the original dates showed.
 */
public record Rebase(Duration shift, Instant latest) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The shift that brings {@code latest} (the newest item not after {@code now}) to within a day before {@code now}. */
    public static Rebase toNow(Instant latest, Instant now) {
        return new Rebase(Duration.ofDays(Duration.between(latest, now).toDays()), latest);
    }

    /** The item at its shifted time, and its line with {@code published} rewritten to match (the job reads both). */
    Shifted apply(FeedItem item, byte[] line) {
        Instant published = item.published().plus(shift);
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(line); // parsed as an object already
            json.put("published", published.toString());
            return new Shifted(item.withPublished(published), JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException("a parsed line could not be read again", e);
        }
    }

    record Shifted(FeedItem item, byte[] line) {}
}

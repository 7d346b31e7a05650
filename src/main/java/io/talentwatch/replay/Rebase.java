package io.talentwatch.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.feed.FeedItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Moves history to the present for demos: every item's time shifts by one whole number of days,
 * chosen so that the newest item lands within the last day and the gaps between items stay as they
 * were. Whole days keep each item in the same windows and hours of the day as before (only the
 * weekday may change), so a dashboard's "last 7 days" shows what the original dates showed.
 */
public record Rebase(Duration shift, Instant latest) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * The shift that brings the newest of {@code times} to within a day before {@code now}; empty when
     * none is earlier than {@code now}. Times in the future (a typo such as 2205) are left out of the
     * choice, so one of them cannot throw the rest back centuries.
     */
    public static Optional<Rebase> toNow(List<Instant> times, Instant now) {
        Optional<Instant> latest = times.stream().filter(time -> !time.isAfter(now)).max(Instant::compareTo);
        return latest.map(newest -> new Rebase(Duration.ofDays(Duration.between(newest, now).toDays()), newest));
    }

    /** The item at its shifted time, and its line with {@code published} rewritten to match (the job reads both). */
    Shifted apply(FeedItem item, byte[] line) {
        Instant published = item.published().plus(shift);
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(line); // parsed as an object already
            json.put("published", published.toString());
            return new Shifted(new FeedItem(item.id(), item.kind(), item.source(), item.url(), item.author(), item.title(),
                    item.text(), item.lang(), published), JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException("a parsed line could not be read again", e);
        }
    }

    record Shifted(FeedItem item, byte[] line) {}
}

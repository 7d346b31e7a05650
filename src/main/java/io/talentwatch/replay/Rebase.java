package io.talentwatch.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Moves history to the present for demos: every item's time shifts by one amount, chosen so that
 * the newest item lands at "now" and the gaps between items stay as they were. Windows, baselines
 * and spikes therefore come out the same, only later, and a dashboard's "last 7 days" shows them.
 */
public record Rebase(Duration shift, Instant latest) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The shift that brings the newest readable item of {@code files} to {@code now}; empty when no item is readable. */
    public static Optional<Rebase> toNow(List<Path> files, Instant now) throws IOException {
        Instant latest = null;
        for (Path file : files) {
            try (FeedLines lines = new FeedLines(file)) {
                byte[] line;
                while ((line = lines.next()) != null) {
                    try {
                        Instant published = FeedItemParser.parse(line).published();
                        latest = latest == null || published.isAfter(latest) ? published : latest;
                    } catch (MalformedItem e) {
                        // Rejected later, with its reason, by the replay itself.
                    }
                }
            }
        }
        return latest == null ? Optional.empty() : Optional.of(new Rebase(Duration.between(latest, now), latest));
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

package io.talentwatch.feed.format;

import io.talentwatch.model.SourceKind;
import java.time.Instant;

/**
 * What a parser knows besides the payload: the feed's name (the source of items that name none),
 * whether it is news or social, and when the payload arrived (the time of a delete, which carries none).
 */
public record FeedContext(String source, SourceKind kind, Instant receivedAt) {
    /** The feed's name, or the format's own when the feed has none. */
    public String sourceOr(String formatDefault) {
        return source != null ? source : formatDefault;
    }
}

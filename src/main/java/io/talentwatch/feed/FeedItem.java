package io.talentwatch.feed;

import io.talentwatch.model.SourceKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * A feed item as it travels on the feed topics (generic article JSON). Only {@code source},
 * {@code published} and one of {@code title}/{@code text} are required; {@code kind} may be left
 * to the topic it arrives on, and {@code lang} is only a hint.
 */
public record FeedItem(
        String id,
        SourceKind kind,
        String source,
        String url,
        String author,
        String title,
        String text,
        String lang,
        Instant published) implements FeedEvent, Serializable {

    public FeedItem withKind(SourceKind newKind) {
        return new FeedItem(id, newKind, source, url, author, title, text, lang, published);
    }

    public FeedItem withPublished(Instant newPublished) {
        return new FeedItem(id, kind, source, url, author, title, text, lang, newPublished);
    }
}

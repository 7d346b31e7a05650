package io.talentwatch.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * One normalized feed item, whatever its wire format. {@code published} is the event time;
 * {@code ingested} is when the pipeline first saw it. {@code language} is a source's hint until
 * the language stage replaces it with the detected one.
 */
public record Document(
        String id,
        SourceKind sourceKind,
        String sourceName,
        String url,
        String author,
        String title,
        String text,
        String language,
        Instant published,
        Instant ingested) implements Serializable {

    public Document withLanguage(String detected) {
        return new Document(id, sourceKind, sourceName, url, author, title, text, detected, published, ingested);
    }

    /** Title and body as one text, the unit that language, matching and sentiment read. */
    public String fullText() {
        if (title == null || title.isBlank()) {
            return text == null ? "" : text;
        }
        return text == null || text.isBlank() ? title : title + "\n" + text;
    }
}

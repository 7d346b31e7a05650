package io.talentwatch.feed;

import io.talentwatch.model.Document;
import io.talentwatch.model.SourceKind;
import java.time.Instant;
import java.util.regex.Pattern;

/** A parsed feed item as a {@link Document}: its stable id, its kind and clean, single-spaced text. */
public final class DocumentNormalizer {
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u200B\\u2028\\u2029\\uFEFF]+");

    private DocumentNormalizer() {}

    /** {@code topicKind} is the kind of the topic the item arrived on, used when the item names none. */
    public static Document normalize(FeedItem item, SourceKind topicKind, Instant ingested) {
        SourceKind kind = item.kind() != null ? item.kind() : topicKind;
        return new Document(
                DocumentIds.of(item),
                kind,
                clean(item.source()),
                item.url() == null ? null : item.url().strip(),
                clean(item.author()),
                clean(item.title()),
                clean(item.text()),
                item.lang() == null ? null : item.lang().strip().toLowerCase(java.util.Locale.ROOT),
                item.published(),
                ingested);
    }

    /** Collapses every run of white space (including non-breaking and zero-width) to one space. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String collapsed = WHITE_SPACE.matcher(s).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }
}

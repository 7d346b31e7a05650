package io.talentwatch.feed;

import io.talentwatch.model.Document;
import io.talentwatch.model.SourceKind;
import java.time.Instant;

/** A parsed feed item as a {@link Document}: its stable id, its kind and clean, single-spaced text. */
public final class DocumentNormalizer {
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

    /**
     * Collapses every run of white space (including non-breaking and zero-width) to one space and
     * trims the ends. A plain loop: this runs on every body, and a regex here cost a quarter of the
     * whole enrichment chain on long articles.
     */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWhiteSpace(c)) {
                if (out == null && (c != ' ' || i == 0 || i + 1 == s.length() || isWhiteSpace(s.charAt(i + 1)))) {
                    out = new StringBuilder(s.length()).append(s, 0, i); // first change: copy from here on
                }
                pendingSpace = true;
                continue;
            }
            if (out != null) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
            }
            pendingSpace = false;
        }
        if (out == null) {
            return s.isEmpty() ? null : s; // already clean: single spaces, none at the ends
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Java regex \s (space, tab, line feed, \x0B, form feed, return) plus no-break, zero-width and line/paragraph separators. */
    private static boolean isWhiteSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u200B', '\u2028', '\u2029', '\uFEFF' -> true;
            default -> false;
        };
    }
}

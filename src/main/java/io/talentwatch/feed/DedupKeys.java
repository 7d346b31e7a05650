package io.talentwatch.feed;

import io.talentwatch.model.Document;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The keys a syndicated story is recognized by: its normalized URL, and its source with its title
 * folded (case, width, diacritics and Arabic tatweel, punctuation, spacing). A document with no
 * URL or no title gets a key of its own, which never matches another.
 */
public final class DedupKeys {
    private static final String UNIQUE = "unique:";

    private DedupKeys() {}

    public static String url(Document document) {
        return blank(document.url()) ? UNIQUE + document.id() : "url:" + DocumentIds.normalizeUrl(document.url());
    }

    public static String title(Document document) {
        String title = blank(document.title()) ? "" : foldTitle(document.title());
        return title.isEmpty() ? UNIQUE + document.id()
                : "title:" + document.sourceName().strip().toLowerCase(Locale.ROOT) + "\u0000" + title;
    }

    /** Whether {@code key} is one of a document of its own, which no other shares. */
    public static boolean isUnique(String key) {
        return key.startsWith(UNIQUE);
    }

    public static String foldTitle(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+|\u0640", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

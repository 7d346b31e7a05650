package io.talentwatch.docs;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code #anchor}s GitHub gives a page's headings: the heading's text (code spans without their
 * backticks, links by their text) in lower case, every character that is not a letter, digit, mark,
 * hyphen, underscore or space removed, each space turned into a hyphen; a repeated slug gets -1, -2.
 */
final class GithubAnchors {
    private final Set<String> anchors = new LinkedHashSet<>();
    private final Map<String, Integer> seen = new HashMap<>();

    /** Adds the next heading of the page, in page order, and returns its anchor. */
    String add(String headingText) {
        String slug = slug(headingText);
        int count = seen.merge(slug, 1, Integer::sum);
        String anchor = count == 1 ? slug : slug + "-" + (count - 1);
        anchors.add(anchor);
        return anchor;
    }

    Set<String> all() {
        return Set.copyOf(anchors);
    }

    static String slug(String headingText) {
        StringBuilder slug = new StringBuilder();
        headingText.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || isMark(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}

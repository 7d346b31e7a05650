package io.talentwatch.feed.format;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of a feed's HTML (or of plain text with entities): tags dropped, entities
 * decoded, white space folded. Block elements and {@code <br>} end a line, so sentences in
 * different paragraphs stay apart for the enrichment that reads sentence by sentence.
 */
public final class HtmlText {
    private HtmlText() {}

    /** The text of {@code html}, or null for null or blank input. */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder(html.length());
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !element.nameIs("br")) { // br ends one line only
                    out.append('\n');
                }
            }
        });
        String text = fold(out);
        return text.isEmpty() ? null : text;
    }

    /**
     * The text of a field that is plain text, not HTML (a Bluesky post, a tweet, a Reddit body, a CSV
     * cell): its entities decoded (X and Reddit escape {@code & < >}) and its white space folded,
     * but a {@code <} is a character, never the start of a tag.
     */
    public static String plain(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = fold(Parser.unescapeEntities(text, false));
        return folded.isEmpty() ? null : folded;
    }

    /** Runs of spaces become one space, lines are trimmed, and at most one blank line separates paragraphs. */
    private static String fold(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                newlines++;
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (out.length() > 0) {
                    if (newlines > 0) {
                        out.append(newlines > 1 ? "\n\n" : "\n");
                    } else if (space) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}

package io.talentwatch.sentiment.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the data out of a constant of a JavaScript file without running it: the array or object
 * literal assigned by {@code const NAME = ...}. Items are strings ('..' or ".."), numbers or
 * identifiers; an identifier stays as written (BOOSTER_DICT's values are B_INCR, B_DECR) and the
 * caller resolves it with {@link #constant}. Anything else (a function call, a spread) fails: the
 * lists imported are plain data, and a surprise means the pinned package is not the one expected.
 */
final class JsLiterals {
    /** One {@code key: value} of an object literal, in source order. */
    record Entry(String key, String value) {}

    private final String source;
    private int at;

    private JsLiterals(String source, int at) {
        this.source = source;
        this.at = at;
    }

    /** The strings of the array literal {@code const name = [...]}. */
    static List<String> array(String source, String name) {
        JsLiterals reader = at(source, name, '[');
        List<String> items = new ArrayList<>();
        while (!reader.closes(']')) {
            items.add(reader.string());
            reader.separator(']');
        }
        return items;
    }

    /** The entries of the object literal {@code const name = {...}}, duplicates included. */
    static List<Entry> object(String source, String name) {
        JsLiterals reader = at(source, name, '{');
        List<Entry> entries = new ArrayList<>();
        while (!reader.closes('}')) {
            String key = reader.peek() == '\'' || reader.peek() == '"' ? reader.string() : reader.bare();
            reader.expect(':');
            String value = reader.peek() == '\'' || reader.peek() == '"' ? reader.string() : reader.bare();
            entries.add(new Entry(key, value));
            reader.separator('}');
        }
        return entries;
    }

    /** The value of a scalar constant, {@code const B_INCR = 0.293;} gives "0.293". */
    static String constant(String source, String name) {
        Matcher m = Pattern.compile("\\bconst\\s+" + Pattern.quote(name) + "\\s*=\\s*(-?[0-9.]+)\\s*;").matcher(source);
        if (!m.find()) {
            throw new IllegalStateException("no numeric constant " + name);
        }
        return m.group(1);
    }

    /** Whether the source has {@code const name =} at all. */
    static boolean declares(String source, String name) {
        return Pattern.compile("\\bconst\\s+" + Pattern.quote(name) + "\\s*=").matcher(source).find();
    }

    private static JsLiterals at(String source, String name, char open) {
        Matcher m = Pattern.compile("\\bconst\\s+" + Pattern.quote(name) + "\\s*=\\s*").matcher(source);
        if (!m.find()) {
            throw new IllegalStateException("no constant " + name);
        }
        if (m.find()) {
            throw new IllegalStateException("constant " + name + " is declared twice");
        }
        m.find(0);
        JsLiterals reader = new JsLiterals(source, m.end());
        reader.expect(open);
        return reader;
    }

    private char peek() {
        skipSpaceAndComments();
        if (at >= source.length()) {
            throw error("unexpected end of file");
        }
        return source.charAt(at);
    }

    private boolean closes(char close) {
        if (peek() == close) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    /** After an item: a comma, or the closing bracket (left for {@link #closes}). */
    private void separator(char close) {
        char c = peek();
        if (c == ',') {
            at++;
        } else if (c != close) {
            throw error("expected ',' or '" + close + "'");
        }
    }

    private String string() {
        char quote = peek();
        if (quote != '\'' && quote != '"') {
            throw error("expected a string");
        }
        StringBuilder text = new StringBuilder();
        for (at++; at < source.length(); at++) {
            char c = source.charAt(at);
            if (c == quote) {
                at++;
                return text.toString();
            }
            if (c == '\n') {
                break;
            }
            if (c == '\\') {
                char escaped = at + 1 < source.length() ? source.charAt(++at) : '?';
                if (escaped != '\\' && escaped != '\'' && escaped != '"') {
                    throw error("escape \\" + escaped + " is not read here");
                }
                c = escaped;
            }
            text.append(c);
        }
        throw error("unterminated string");
    }

    /** An identifier or a number, as written. */
    private String bare() {
        peek();
        int start = at;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-')) {
                break;
            }
            at++;
        }
        if (at == start) {
            throw error("expected a name or a number");
        }
        return source.substring(start, at);
    }

    private void skipSpaceAndComments() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (source.startsWith("//", at)) {
                int end = source.indexOf('\n', at);
                at = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", at)) {
                int end = source.indexOf("*/", at + 2);
                if (end < 0) {
                    throw error("unterminated comment");
                }
                at = end + 2;
            } else {
                return;
            }
        }
    }

    private IllegalStateException error(String message) {
        int line = 1;
        for (int i = 0; i < Math.min(at, source.length()); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return new IllegalStateException("line " + line + ": " + message);
    }
}

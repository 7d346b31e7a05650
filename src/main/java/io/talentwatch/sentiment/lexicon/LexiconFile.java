package io.talentwatch.sentiment.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One imported lexicon resource (see {@code sentiment/lexicons/provenance.yaml}): a few comment lines
 * starting with {@code #}, a header line naming the columns, then one row per entry, fields separated
 * by tabs. Comments are only allowed before the header, so an entry may itself start with '#'
 * (VADER has emoticons of every shape). There is no quoting: the importer refuses entries holding a
 * tab or a line break.
 */
public final class LexiconFile {
    private final String resource;
    private final List<String> comments;
    private final List<String> columns;
    private final List<Row> rows;

    private LexiconFile(String resource, List<String> comments, List<String> columns, List<Row> rows) {
        this.resource = resource;
        this.comments = comments;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads a class path resource such as {@code sentiment/lexicons/afinn-165-en.tsv}. */
    public static LexiconFile read(String resource) {
        try (InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Parses the text of a lexicon file; {@code name} is only used in error messages. */
    public static LexiconFile parse(String name, String text) {
        if (text.indexOf('\r') >= 0) {
            throw new IllegalStateException(name + ": line breaks must be \\n (a checkout converted them?)");
        }
        String[] lines = text.split("\n", -1);
        int last = lines.length;
        if (last > 0 && lines[last - 1].isEmpty()) {
            last--; // the final line break
        }
        int line = 0;
        List<String> comments = new ArrayList<>();
        while (line < last && lines[line].startsWith("#")) {
            comments.add(lines[line].substring(1).strip());
            line++;
        }
        if (line == last) {
            throw new IllegalStateException(name + ": no header line");
        }
        List<String> columns = List.of(lines[line].split("\t", -1));
        line++;
        List<Row> rows = new ArrayList<>(last - line);
        for (; line < last; line++) {
            String[] fields = lines[line].split("\t", -1);
            if (fields.length != columns.size()) {
                throw new IllegalStateException(name + ":" + (line + 1) + ": " + fields.length + " fields, the header names "
                        + columns.size());
            }
            if (fields[0].isEmpty()) {
                throw new IllegalStateException(name + ":" + (line + 1) + ": empty entry");
            }
            rows.add(new Row(name, line + 1, columns, List.of(fields)));
        }
        return new LexiconFile(name, List.copyOf(comments), columns, List.copyOf(rows));
    }

    public String resource() {
        return resource;
    }

    /** The comment lines before the header, without their '#'. */
    public List<String> comments() {
        return comments;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The rows keyed by their first column, in file order, unmodifiable. An entry listed twice is a
     * broken import (the importer merges or drops duplicates) and fails.
     */
    public <V> Map<String, V> toMap(Function<Row, V> value) {
        Map<String, V> map = new LinkedHashMap<>(rows.size() * 4 / 3 + 1);
        for (Row row : rows) {
            if (map.put(row.entry(), value.apply(row)) != null) {
                throw new IllegalStateException(resource + ":" + row.line() + ": '" + row.entry() + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** One entry: its fields by column name. */
    public record Row(String resource, int line, List<String> columns, List<String> fields) {
        /** The first column: the word, phrase, emoji or emoticon the row is about. */
        public String entry() {
            return fields.get(0);
        }

        public String get(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new IllegalStateException(resource + ": no column '" + column + "' in " + columns);
            }
            return fields.get(index);
        }

        public double number(String column) {
            try {
                return Double.parseDouble(get(column));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(resource + ":" + line + ": " + column + " '" + get(column) + "' is not a number");
            }
        }

        public int integer(String column) {
            try {
                return Integer.parseInt(get(column));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(resource + ":" + line + ": " + column + " '" + get(column) + "' is not an integer");
            }
        }
    }
}

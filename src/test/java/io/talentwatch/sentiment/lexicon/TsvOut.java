package io.talentwatch.sentiment.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon file being written in the format {@link LexiconFile} reads: comment lines, the column
 * names, rows. UTF-8 with \n line breaks whatever the platform, so the sha256 in provenance.yaml is
 * the same wherever the import runs.
 */
final class TsvOut {
    /** What was written: the checksum and row count provenance.yaml records. */
    record Written(String file, String sha256, int rows) {}

    private final List<String> comments = new ArrayList<>();
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    TsvOut(String... columns) {
        this.columns = List.of(columns);
    }

    TsvOut comment(String line) {
        comments.add(line);
        return this;
    }

    void row(Object... fields) {
        if (fields.length != columns.size()) {
            throw new IllegalArgumentException(fields.length + " fields for columns " + columns);
        }
        List<String> row = new ArrayList<>(fields.length);
        for (Object field : fields) {
            String text = String.valueOf(field);
            if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a tab or line break in '" + text + "' would break the file");
            }
            row.add(text);
        }
        if (row.get(0).isEmpty()) {
            throw new IllegalArgumentException("empty entry in " + row);
        }
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    Written write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String comment : comments) {
            text.append("# ").append(comment).append('\n');
        }
        text.append(String.join("\t", columns)).append('\n');
        for (List<String> row : rows) {
            text.append(String.join("\t", row)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        // What the loader will make of it: a file it cannot read must not be written.
        LexiconFile read = LexiconFile.parse(file.getFileName().toString(), text.toString());
        if (read.rows().size() != rows.size()) {
            throw new IllegalStateException(file + ": wrote " + rows.size() + " rows, reads back " + read.rows().size());
        }
        read.toMap(row -> row);
        Files.write(file, bytes);
        return new Written(file.getFileName().toString(), Digests.sha256(bytes), rows.size());
    }
}

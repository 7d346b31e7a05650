package io.talentwatch.feed.format;

import com.google.common.base.Utf8;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV export with a header row, read through Commons CSV (quotes, embedded commas and line
 * breaks). Which column holds which field is given by a mapping, {@code field -> column}; a field
 * not mapped is read from the column of its own name, if there is one.
 */
final class CsvFormat implements WireFormat {
    /** The fields an item has, as {@code --map field=column} names them. */
    static final Set<String> FIELDS = Set.of("id", "kind", "source", "url", "author", "title", "text", "lang", "published");

    private final Map<String, String> columns;

    CsvFormat(Map<String, String> mapping) {
        for (String field : mapping.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "' in the CSV mapping; fields are "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        this.columns = Map.copyOf(mapping);
    }

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        if (!Utf8.isWellFormed(payload)) {
            throw new MalformedItem("not valid UTF-8");
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark of spreadsheet "CSV UTF-8" exports
        }
        Entries entries = new Entries();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = csv.getHeaderMap();
            for (String column : columns.values()) {
                if (!header.containsKey(column)) {
                    throw new MalformedItem("the CSV has no column '" + column + "'", "columns: " + header.keySet());
                }
            }
            Iterator<CSVRecord> records = csv.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // Commons CSV cannot go on past a broken row (an unclosed quote): the rows before it still count.
                    entries.reject(new MalformedItem("unreadable CSV from here on", e.getMessage()),
                            "rows after " + csv.getRecordNumber());
                    break;
                }
                entries.add(record, "row " + record.getRecordNumber() + ": " + String.join(",", record.values()),
                        r -> FeedItemJson.checked(item(r, context)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new MalformedItem("not readable as CSV with a header row", e.getMessage());
        }
        return entries.parsed();
    }

    private FeedItem item(CSVRecord record, FeedContext context) throws MalformedItem {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String column = columns.getOrDefault(field, field);
            if (record.isMapped(column) && record.isSet(column) && !record.get(column).isBlank()) {
                values.put(field, record.get(column));
            }
        }
        SourceKind kind = context.kind();
        if (values.containsKey("kind")) {
            try {
                kind = SourceKind.fromWire(values.get("kind"));
            } catch (IllegalArgumentException e) {
                throw new MalformedItem("'kind' must be news or social", "'" + values.get("kind") + "'");
            }
        }
        return new FeedItem(values.get("id"), kind, values.getOrDefault("source", context.source()), values.get("url"),
                values.get("author"), HtmlText.plain(values.get("title")), HtmlText.plain(values.get("text")), values.get("lang"),
                JsonPayload.time("published", values.get("published")));
    }
}

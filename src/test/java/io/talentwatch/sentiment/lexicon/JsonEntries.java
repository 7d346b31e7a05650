package io.talentwatch.sentiment.lexicon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of a flat JSON object in file order, duplicates included: a map would keep only one
 * of two equal keys without saying so, and the row counts in provenance.yaml are of what the file holds.
 */
final class JsonEntries {
    record Entry(String key, JsonToken type, String value) {}

    private JsonEntries() {}

    static List<Entry> of(String json) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("expected a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!value.isScalarValue()) {
                    throw new IllegalStateException(key + ": expected a flat object");
                }
                entries.add(new Entry(key, value, parser.getText()));
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IllegalStateException("expected the object to end the file");
            }
        }
        return entries;
    }

    /** The members, each an integer. */
    static List<Entry> integers(String json, String file) throws IOException {
        List<Entry> entries = of(json);
        for (Entry entry : entries) {
            if (entry.type() != JsonToken.VALUE_NUMBER_INT) {
                throw new IllegalStateException(file + ": " + entry.key() + " is " + entry.value() + ", not an integer");
            }
        }
        return entries;
    }
}

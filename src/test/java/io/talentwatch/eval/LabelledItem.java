package io.talentwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One hand-labelled line of src/test/resources/eval/*.jsonl (the format is in that folder's README). */
record LabelledItem(String id, String kind, String lang, String title, String text, Set<String> companies,
        boolean topic, String sentiment, Set<Flow> flows) {

    /** A labelled flow; people and money only when the text states them. */
    record Flow(String acquirer, String source, Integer people, Long moneyUsd) {
        String direction() {
            return acquirer + "<-" + source;
        }
    }

    /** Held out: even-numbered ids. Odd-numbered ones were looked at while tuning the vocabulary. */
    boolean heldOut() {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)) % 2 == 0;
    }

    static List<LabelledItem> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<LabelledItem> items = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    items.add(of(json.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static LabelledItem of(JsonNode n) {
        Set<String> companies = new TreeSet<>();
        n.get("companies").forEach(c -> companies.add(c.asText()));
        Set<Flow> flows = new java.util.LinkedHashSet<>();
        if (n.has("flows")) {
            n.get("flows").forEach(f -> flows.add(new Flow(f.get("acquirer").asText(), f.get("source").asText(),
                    f.has("people") ? f.get("people").asInt() : null, f.has("money_usd") ? f.get("money_usd").asLong() : null)));
        }
        return new LabelledItem(n.get("id").asText(), n.get("kind").asText(), n.get("lang").asText(),
                n.has("title") ? n.get("title").asText() : null, n.get("text").asText(), companies,
                n.get("topic").asBoolean(), n.get("sentiment").asText(), flows);
    }
}

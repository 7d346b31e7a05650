package io.talentwatch.sentiment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.model.Sentiment.Label;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Labelled texts as JSON lines: {@code {"text": ..., "label": "negative|neutral|positive",
 * "language": "en|ar", "source": ..., "domain": ..., "variety": ..., "split": "train|dev|test"}}.
 * A bad line stops reading with its file and number.
 */
public final class LabelledTexts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledTexts() {}

    public static List<LabelledText> read(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    texts.add(parse(JSON.readTree(line)));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
                }
            }
        }
        return texts;
    }

    public static void write(List<LabelledText> texts, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LabelledText text : texts) {
                ObjectNode json = JSON.createObjectNode();
                json.put("text", text.text());
                json.put("label", text.label().wireName());
                json.put("language", text.language());
                json.put("source", text.source());
                json.put("domain", text.domain());
                json.put("variety", text.variety());
                json.put("split", text.split());
                out.write(JSON.writeValueAsString(json));
                out.write('\n');
            }
        }
    }

    private static LabelledText parse(JsonNode json) {
        String label = json.path("label").asText("");
        Label gold;
        try {
            gold = Label.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'label' is '" + label + "', not negative, neutral or positive");
        }
        return new LabelledText(json.path("text").asText(null), gold, json.path("language").asText(""),
                json.path("source").asText(""), json.path("domain").asText(""), json.path("variety").asText(""),
                json.path("split").asText(""));
    }
}

package io.talentwatch.setup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.talentwatch.definition.JobDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kibana saved objects of connectors/kibana/ (NDJSON, one object a line) made ready for one job:
 * {@code {{prefix}}} becomes the job's index prefix (in ids, titles and references, so two prefixes
 * give two dashboards) and {@code {{matched_terms_query}}} the job's {@link MatchedTermsQuery}.
 * Placeholders inside JSON that Kibana stores as a string (searchSourceJSON, panelsJSON) are
 * substituted inside that JSON, so a value is always escaped correctly.
 */
public record KibanaSavedObjects(List<ObjectNode> objects) {
    public static final String FILE = "talent-poaching.ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    public KibanaSavedObjects {
        objects = List.copyOf(objects);
    }

    /** The saved objects of {@code kibanaDir} for {@code job}. */
    public static KibanaSavedObjects forJob(Path kibanaDir, JobDefinition job) {
        return read(kibanaDir.resolve(FILE), Map.of(
                "prefix", job.elasticsearch().indexPrefix(),
                "matched_terms_query", MatchedTermsQuery.of(job)));
    }

    /** Reads an NDJSON file, substituting every {@code {{name}}}; an unknown name is an error. */
    public static KibanaSavedObjects read(Path file, Map<String, String> values) {
        List<ObjectNode> objects = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String where = file + ":" + (i + 1);
                JsonNode node = JSON.readTree(lines.get(i));
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalStateException(where + ": not a JSON object");
                }
                objects.add((ObjectNode) substitute(object, values, where));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file + ": not valid NDJSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Kibana saved objects " + file, e);
        }
        if (objects.isEmpty()) {
            throw new IllegalStateException("no saved objects in " + file);
        }
        return new KibanaSavedObjects(objects);
    }

    /** One object a line, as Kibana's import API takes it. */
    public String ndjson() {
        StringBuilder out = new StringBuilder();
        for (ObjectNode object : objects) {
            out.append(object.toString()).append('\n');
        }
        return out.toString();
    }

    /** {@code type:id} of every object, in file order. */
    public List<String> ids() {
        return objects.stream().map(o -> o.path("type").asText() + ":" + o.path("id").asText()).toList();
    }

    private static JsonNode substitute(JsonNode node, Map<String, String> values, String where) throws JsonProcessingException {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(substitute(field.getValue(), values, where));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substitute(array.get(i), values, where));
            }
            return array;
        }
        if (node.isTextual() && node.asText().contains("{{")) {
            String text = node.asText();
            JsonNode embedded = embeddedJson(text);
            if (embedded != null) { // JSON that Kibana keeps as a string
                return TextNode.valueOf(substitute(embedded, values, where).toString());
            }
            return TextNode.valueOf(replace(text, values, where));
        }
        return node;
    }

    /** The object or array a string holds, or null when it is plain text (such as "{{prefix}}-mentions"). */
    private static JsonNode embeddedJson(String text) {
        if (!(text.startsWith("{\"") || text.startsWith("[{"))) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String replace(String text, Map<String, String> values, String where) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException(where + ": unknown placeholder " + placeholder.group());
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}

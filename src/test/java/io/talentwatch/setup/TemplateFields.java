package io.talentwatch.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The mapped fields of the index templates in connectors/elasticsearch/, by the alias or index a data view reads. */
final class TemplateFields {
    static final Path DIR = Path.of("connectors/elasticsearch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateFields() {}

    /**
     * Field path to mapping type ({@code text}, {@code keyword}, ..., multi-fields as
     * {@code title.keyword}) of the template whose alias is {@code name}, or whose index patterns
     * match it. Fails when no template or more than one serves {@code name}.
     */
    static Map<String, String> of(String name, String prefix) {
        List<JsonNode> serving = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode template = JSON.readTree(Files.readString(file).replace("{{prefix}}", prefix));
                boolean alias = template.path("template").path("aliases").has(name);
                boolean pattern = false;
                for (JsonNode p : template.path("index_patterns")) {
                    pattern |= name.matches(p.asText().replace(".", "\\.").replace("*", ".*"));
                }
                if (alias || pattern) {
                    serving.add(template);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (serving.size() != 1) {
            throw new AssertionError(serving.size() + " index templates in " + DIR + " serve " + name + "; expected one");
        }
        Map<String, String> fields = new TreeMap<>();
        flatten("", serving.get(0).path("template").path("mappings").path("properties"), fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode properties, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + field.getKey();
            JsonNode mapping = field.getValue();
            if (mapping.has("properties")) {
                out.put(path, mapping.path("type").asText("object"));
                flatten(path + ".", mapping.path("properties"), out);
            } else {
                out.put(path, mapping.path("type").asText());
            }
            Iterator<Map.Entry<String, JsonNode>> multi = mapping.path("fields").fields();
            while (multi.hasNext()) {
                Map.Entry<String, JsonNode> sub = multi.next();
                out.put(path + "." + sub.getKey(), sub.getValue().path("type").asText());
            }
        }
    }
}

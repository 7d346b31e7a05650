package io.talentwatch.sink.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One index template of connectors/elasticsearch/: the index names it applies to and its mapping. */
public record IndexTemplate(String name, List<String> indexPatterns, boolean strict, Map<String, FieldMapping> fields)
        implements Serializable {

    /** The templates setup installs; a unit test keeps this list equal to the files in connectors/elasticsearch. */
    public static final List<String> BUNDLED = List.of("mentions", "spikes", "windows");
    private static final ObjectMapper JSON = new ObjectMapper();

    public IndexTemplate {
        indexPatterns = List.copyOf(indexPatterns);
        fields = Map.copyOf(fields);
    }

    /** The bundled templates for an index prefix, read from the classpath (they are packaged into the jars). */
    public static List<IndexTemplate> bundled(String prefix) {
        List<IndexTemplate> templates = new ArrayList<>();
        for (String role : BUNDLED) {
            String resource = "/connectors/elasticsearch/" + role + ".json";
            try (InputStream in = IndexTemplate.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("index template " + resource + " is not on the classpath");
                }
                templates.add(parse(prefix + "-" + role, new String(in.readAllBytes(), StandardCharsets.UTF_8), prefix));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return templates;
    }

    /** Parses a composable index template body, with {@code {{prefix}}} as setup fills it in. */
    public static IndexTemplate parse(String name, String templateJson, String prefix) {
        JsonNode root;
        try {
            root = JSON.readTree(templateJson.replace("{{prefix}}", prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("index template " + name + " is not JSON", e);
        }
        List<String> patterns = new ArrayList<>();
        root.path("index_patterns").forEach(p -> patterns.add(p.asText()));
        JsonNode mappings = root.path("template").path("mappings");
        return new IndexTemplate(name, patterns, "strict".equals(mappings.path("dynamic").asText()),
                FieldMapping.properties(mappings.path("properties"), ""));
    }

    /** Whether Elasticsearch would apply this template to an index of that name. */
    public boolean appliesTo(String index) {
        return indexPatterns.stream().anyMatch(pattern -> glob(pattern).matcher(index).matches());
    }

    /** An index pattern's only wildcard is '*'. */
    private static Pattern glob(String pattern) {
        return Pattern.compile(String.join(".*", Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).toList()));
    }
}

package io.talentwatch.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.setup.ElasticsearchClient.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Installs the index templates of connectors/elasticsearch/ for one index prefix, and brings the
 * indices that already exist up to them. PUT replaces, so twice is harmless.
 */
public final class IndexTemplates {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexTemplates() {}

    /** What was installed: template names, e.g. {@code talentwatch-mentions}, and the existing indices given their mappings. */
    public record Installed(List<String> templates, List<String> existingIndices) {}

    public static Installed install(ElasticsearchClient es, Path templateDir, String prefix) {
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(templateDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String role = file.getFileName().toString().replace(".json", "");
                String body = Files.readString(file, StandardCharsets.UTF_8).replace("{{prefix}}", prefix);
                templates.put(prefix + "-" + role, JSON.readTree(body));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + templateDir, e);
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no index templates (*.json) in " + templateDir);
        }
        // Every template first: an existing index that cannot take a new mapping must not keep the others from being installed.
        templates.forEach((name, body) -> es.put("/_index_template/" + name, body.toString()));
        List<String> existing = new ArrayList<>();
        templates.forEach((name, body) -> existing.addAll(updateExistingIndices(es, name, body)));
        return new Installed(List.copyOf(templates.keySet()), existing);
    }

    /**
     * A template only shapes indices created after it, but the job writes into the current month's
     * index, which already exists: a field added by an upgrade would pass the job's own check and
     * then be refused by the old strict mapping. So the template's mapping is also put on every
     * existing index it covers; Elasticsearch applies additions and refuses incompatible changes.
     */
    private static List<String> updateExistingIndices(ElasticsearchClient es, String template, JsonNode body) {
        List<String> indices = new ArrayList<>();
        for (JsonNode pattern : body.path("index_patterns")) {
            indices.addAll(openIndices(es, pattern.asText()));
        }
        JsonNode mappings = body.path("template").path("mappings");
        if (indices.isEmpty() || mappings.isMissingNode()) {
            return List.of();
        }
        indices.sort(null);
        try {
            es.put("/" + String.join(",", indices) + "/_mapping", mappings.toString());
        } catch (ElasticsearchException e) {
            if (e.status() != 400) {
                throw e;
            }
            throw new ElasticsearchException(400, "template " + template + " is installed, but its mapping does not fit"
                    + " the existing indices " + indices + " (" + e.getMessage() + "); a changed field type needs a reindex"
                    + " of those indices, or new indices: change the job's index-prefix");
        }
        return indices;
    }

    private static List<String> openIndices(ElasticsearchClient es, String pattern) {
        List<String> indices = new ArrayList<>();
        try {
            for (JsonNode index : es.get("/_cat/indices/" + pattern + "?h=index&format=json&expand_wildcards=open")) {
                indices.add(index.path("index").asText());
            }
        } catch (ElasticsearchException e) {
            if (e.status() != 404) { // a pattern without a wildcard that names no index yet
                throw e;
            }
        }
        return indices;
    }
}

package io.talentwatch.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Installs the index templates of connectors/elasticsearch/ for one index prefix. PUT replaces, so twice is harmless. */
public final class IndexTemplates {
    private IndexTemplates() {}

    /** Returns the names of the installed templates, e.g. {@code talentwatch-mentions}. */
    public static List<String> install(ElasticsearchClient es, Path templateDir, String prefix) {
        List<String> installed = new ArrayList<>();
        try (Stream<Path> files = Files.list(templateDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String role = file.getFileName().toString().replace(".json", "");
                String body = Files.readString(file, StandardCharsets.UTF_8).replace("{{prefix}}", prefix);
                String name = prefix + "-" + role;
                es.put("/_index_template/" + name, body);
                installed.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + templateDir, e);
        }
        if (installed.isEmpty()) {
            throw new IllegalStateException("no index templates (*.json) in " + templateDir);
        }
        return installed;
    }
}

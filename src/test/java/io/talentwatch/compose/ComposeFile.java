package io.talentwatch.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * A compose file as text and as the tree Compose reads (SnakeYAML resolves the anchors and
 * {@code <<} merge keys the file uses, as Compose does), with the few lookups the rules need.
 */
record ComposeFile(String text, Map<String, Object> tree) {
    static ComposeFile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComposeFile parse(String text) {
        Map<String, Object> tree = new Yaml().load(text);
        return new ComposeFile(text, tree);
    }

    Map<String, Object> services() {
        return map(tree.get("services"));
    }

    Map<String, Object> service(String name) {
        return map(services().get(name));
    }

    /** A service's {@code environment} as a map (Compose also allows a list of KEY=VALUE). */
    Map<String, Object> environment(String service) {
        Object environment = service(service).get("environment");
        if (environment instanceof List<?> list) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            list.forEach(entry -> {
                String[] kv = String.valueOf(entry).split("=", 2);
                map.put(kv[0], kv.length > 1 ? kv[1] : null);
            });
            return map;
        }
        return map(environment);
    }

    /** The service's depends_on as target to condition ({@code service_started} for the short list form). */
    Map<String, String> dependsOn(String service) {
        Object dependsOn = service(service).get("depends_on");
        Map<String, String> conditions = new java.util.LinkedHashMap<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(target -> conditions.put(String.valueOf(target), "service_started"));
        } else {
            map(dependsOn).forEach((target, spec) -> conditions.put(target, String.valueOf(map(spec).getOrDefault("condition", "service_started"))));
        }
        return conditions;
    }

    /** The service's command or entrypoint + command joined into one line, as a shell would see it. */
    String commandLine(String service) {
        return (words(service(service).get("entrypoint")) + " " + words(service(service).get("command"))).trim();
    }

    private static String words(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}

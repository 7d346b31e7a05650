package io.talentwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where the build put the pieces of the embedded stack: the unpacked Elasticsearch distribution
 * and the analysis plugin. Failsafe and the CLI launcher pass them as system properties; without
 * them we fall back to the Maven layout under the repository root.
 */
public final class LocalPaths {

    public static final String HOME_PROPERTY = "talentwatch.home";
    public static final String ES_HOME_PROPERTY = "talentwatch.es.home";
    public static final String ES_PLUGIN_PROPERTY = "talentwatch.es.plugin";

    /** Keep in step with {@code es.version} in pom.xml; any single unpacked version is accepted too. */
    static final String ES_VERSION = "8.19.21";

    private static final String BUILD_HINT = "run `mvn package -DskipTests` in the repository root first";

    private LocalPaths() {
    }

    /** The repository root: {@code talentwatch.home}, else the working directory. */
    public static Path home() {
        return home(System::getProperty);
    }

    /** The unpacked Elasticsearch distribution (contains {@code bin/elasticsearch}). */
    public static Path elasticsearchHome() {
        return elasticsearchHome(System::getProperty);
    }

    /** The built plugin directory that restores the {@code english} and {@code arabic} analyzers. */
    public static Path analysisPlugin() {
        return analysisPlugin(System::getProperty);
    }

    static Path home(Function<String, String> properties) {
        String home = properties.apply(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            home = properties.apply("user.dir");
        }
        return Path.of(home).toAbsolutePath().normalize();
    }

    static Path elasticsearchHome(Function<String, String> properties) {
        String explicit = properties.apply(ES_HOME_PROPERTY);
        Path candidate = explicit != null && !explicit.isBlank()
                ? Path.of(explicit)
                : defaultElasticsearchHome(home(properties).resolve("target/elasticsearch"));
        return require(candidate, "bin/elasticsearch", "Elasticsearch distribution", ES_HOME_PROPERTY);
    }

    static Path analysisPlugin(Function<String, String> properties) {
        String explicit = properties.apply(ES_PLUGIN_PROPERTY);
        Path candidate = explicit != null && !explicit.isBlank()
                ? Path.of(explicit)
                : home(properties).resolve("target/es-plugin/talentwatch-analysis");
        return require(candidate, "plugin-descriptor.properties", "Elasticsearch analysis plugin", ES_PLUGIN_PROPERTY);
    }

    /** The expected version, else the only unpacked one (survives a version bump here lagging the pom). */
    private static Path defaultElasticsearchHome(Path unpackDir) {
        Path expected = unpackDir.resolve("elasticsearch-" + ES_VERSION);
        if (Files.isDirectory(expected) || !Files.isDirectory(unpackDir)) {
            return expected;
        }
        try (Stream<Path> children = Files.list(unpackDir)) {
            List<Path> unpacked = children
                    .filter(p -> p.getFileName().toString().startsWith("elasticsearch-") && Files.isDirectory(p))
                    .toList();
            return unpacked.size() == 1 ? unpacked.get(0) : expected;
        } catch (IOException e) {
            return expected;
        }
    }

    private static Path require(Path dir, String marker, String what, String property) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.exists(absolute.resolve(marker))) {
            throw new IllegalStateException(what + " not found at " + absolute + " (no " + marker + "); "
                    + BUILD_HINT + ", or set -D" + property + "=<dir> (or -D" + HOME_PROPERTY + "=<repo root>)");
        }
        return absolute;
    }
}

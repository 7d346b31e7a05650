package io.talentwatch.testing;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped job definition, isolated for one test class: its own topics and index prefix on the
 * shared real services, so test classes never see each other's data.
 */
public final class TestJobs {
    public static final Path DEFINITION = Path.of("jobs/talent-poaching.yaml");

    private TestJobs() {}

    public static JobDefinition isolated(String name) {
        return isolated(name, yaml -> yaml);
    }

    /** The isolated definition with its YAML edited first (a setting a test needs changed). */
    public static JobDefinition isolated(String name, java.util.function.UnaryOperator<String> edit) {
        return JobDefinitionLoader.parse(edit.apply(isolatedYaml(name)), name + ".yaml")
                .withKafkaBootstrap(RealServices.kafka().bootstrapServers())
                .withElasticsearchHosts(List.of(RealServices.elasticsearch().url()));
    }

    /** The isolated definition as a file, for tests that drive the command line. */
    public static Path isolatedFile(String name, Path dir) {
        try {
            return Files.writeString(dir.resolve(name + ".yaml"), isolatedYaml(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String isolatedYaml(String name) {
        try {
            return Files.readString(DEFINITION)
                    .replace("feeds.news", name + ".news")
                    .replace("feeds.social", name + ".social")
                    .replace("feeds.dlq", name + ".dlq")
                    .replace("talentwatch.spikes", name + ".spikes")
                    .replace("index-prefix: talentwatch", "index-prefix: " + name)
                    .replace("name: talent-poaching", "name: " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

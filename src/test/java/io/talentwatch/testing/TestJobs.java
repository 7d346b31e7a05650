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
 *
 * <p>One setting differs from the shipped file: {@code event-time.idleness} is {@link #IDLENESS}.
 * It is also how long deduplication holds a mention on a live feed, once per dedup stage, so at
 * the shipped 30 s every test whose feed falls quiet at its end waited a minute of wall-clock time
 * for its last mentions; those waits were most of the suite's time. What idleness does is the same
 * at any value, but not how it compares with the pace of a test's feed: {@link #isolatedAsShipped}
 * keeps the shipped value for the test of that timing ({@code SpikeDeterminismIT}),
 * and {@code FirstSeenTest} covers the flush delay itself on Flink's operator harness.
 */
public final class TestJobs {
    public static final Path DEFINITION = Path.of("jobs/talent-poaching.yaml");
    /** The tests' idleness: well above the gaps of a replay (paced or not) on a loaded 2-core machine. */
    public static final String IDLENESS = "5s";
    private static final String SHIPPED_IDLENESS = "  idleness: 30s";

    private TestJobs() {}

    public static JobDefinition isolated(String name) {
        return isolated(name, yaml -> yaml);
    }

    /** The isolated definition with its YAML edited first (a setting a test needs changed). */
    public static JobDefinition isolated(String name, java.util.function.UnaryOperator<String> edit) {
        return onRealServices(edit.apply(isolatedYaml(name).replace(SHIPPED_IDLENESS, "  idleness: " + IDLENESS)), name);
    }

    /** Isolated, with the shipped idleness too: for tests of how the job's timing plays out. */
    public static JobDefinition isolatedAsShipped(String name) {
        return onRealServices(isolatedYaml(name), name);
    }

    private static JobDefinition onRealServices(String yaml, String name) {
        return JobDefinitionLoader.parse(yaml, name + ".yaml")
                .withKafkaBootstrap(RealServices.kafka().bootstrapServers())
                .withElasticsearchHosts(List.of(RealServices.elasticsearch().url()));
    }

    /** The isolated definition as a file, for tests that drive the command line. */
    public static Path isolatedFile(String name, Path dir) {
        try {
            return Files.writeString(dir.resolve(name + ".yaml"), isolatedYaml(name).replace(SHIPPED_IDLENESS, "  idleness: " + IDLENESS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped YAML with this test's own names. */
    private static String isolatedYaml(String name) {
        try {
            String shipped = Files.readString(DEFINITION);
            if (!shipped.contains(SHIPPED_IDLENESS)) {
                throw new IllegalStateException(DEFINITION + " no longer holds '" + SHIPPED_IDLENESS.strip() + "': update TestJobs");
            }
            return shipped
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

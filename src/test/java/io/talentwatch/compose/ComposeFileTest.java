package io.talentwatch.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and what it relies on, checked without a Docker engine: the project's own
 * invariants (CI validates the schema separately with `docker-compose config`, see .ci/run). Each
 * rule is also shown to catch the break it exists for, on an edited copy of the real file.
 */
class ComposeFileTest {
    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final ComposeFile REAL = ComposeFile.read(COMPOSE);

    @Test
    void theRealFileKeepsEveryRule() throws IOException {
        List<String> problems = new ArrayList<>();
        problems.addAll(ComposeRules.dependencies(REAL));
        problems.addAll(ComposeRules.variables(REAL, envExample()));
        problems.addAll(ComposeRules.images(REAL, pomProperty("flink.version"), pomProperty("es.version")));
        problems.addAll(ComposeRules.flinkConfiguration(REAL));
        problems.addAll(ComposeRules.setup(REAL, shippedJobs()));
        problems.addAll(ComposeRules.sampleReplay(REAL));
        assertThat(problems).as("what docker-compose.yml breaks").isEmpty();
    }

    @Test
    void theProjectRunsFlink120AndElasticsearch819() throws IOException {
        assertThat(pomProperty("flink.version")).startsWith("1.20.");
        assertThat(pomProperty("es.version")).startsWith("8.19.");
    }

    @Test
    void aDependencyOnAMissingServiceOrAnUnhealthcheckedOneIsCaught() {
        assertThat(ComposeRules.dependencies(edited("      kibana-password:\n        condition: service_completed_successfully",
                "      kibana-pasword:\n        condition: service_completed_successfully")))
                .containsExactly("kibana depends on kibana-pasword, which is not a service");
        assertThat(ComposeRules.dependencies(edited("    healthcheck:\n      # Healthy once the JobManager's REST API counts",
                "    x-healthcheck:\n      # Healthy once the JobManager's REST API counts")))
                .containsExactly("setup waits for taskmanager to be healthy, but taskmanager has no healthcheck");
    }

    @Test
    void aVariableWithoutDefaultOrExampleIsCaught() throws IOException {
        Map<String, String> env = new LinkedHashMap<>(envExample());
        env.remove("KIBANA_SYSTEM_PASSWORD");
        assertThat(ComposeRules.variables(REAL, env)).isNotEmpty()
                .allMatch(p -> p.equals("${KIBANA_SYSTEM_PASSWORD} is neither in .env.example nor given a default"));
        assertThat(ComposeRules.variables(edited("ES_JAVA_OPTS: -Xms512m -Xmx512m", "ES_JAVA_OPTS: ${ES_HEAP}"), envExample()))
                .containsExactly("${ES_HEAP} is neither in .env.example nor given a default");
        assertThat(ComposeRules.variables(edited("ES_JAVA_OPTS: -Xms512m -Xmx512m", "ES_JAVA_OPTS: ${ES_HEAP:--Xmx512m}"), envExample()))
                .isEmpty();
    }

    @Test
    void anImageOfAnotherVersionIsCaught() throws IOException {
        String flink = pomProperty("flink.version");
        String es = pomProperty("es.version");
        assertThat(ComposeRules.images(edited("kibana/kibana:" + es, "kibana/kibana:8.19.0"), flink, es))
                .containsExactly("kibana runs docker.elastic.co/kibana/kibana:8.19.0, not docker.elastic.co/kibana/kibana:" + es,
                        "kibana runs docker.elastic.co/kibana/kibana:8.19.0, not version " + es);
        ComposeFile java11 = edited("flink:" + flink + "-java17", "flink:" + flink + "-java11");
        assertThat(ComposeRules.images(java11, flink, es)).contains("jobmanager runs flink:" + flink + "-java11, not flink:" + flink + "-java17");
    }

    @Test
    void aMissingPrometheusReporterOrCheckpointVolumeIsCaught() {
        ComposeFile noReporter = edited("    metrics.reporter.prom.factory.class: " + ComposeRules.PROMETHEUS_FACTORY + "\n", "");
        assertThat(ComposeRules.flinkConfiguration(noReporter)).containsExactly(
                "jobmanager does not configure the Prometheus reporter (metrics.reporter.prom.factory.class)",
                "taskmanager does not configure the Prometheus reporter (metrics.reporter.prom.factory.class)");
        ComposeFile localSavepoints = edited("file:///flink-data/savepoints", "file:///tmp/savepoints");
        assertThat(ComposeRules.flinkConfiguration(localSavepoints)).contains(
                "taskmanager: execution.checkpointing.savepoint-dir (file:///tmp/savepoints) is not on a volume mounted there");
    }

    @Test
    void aSetupWithoutKibanaOrSubmitIsCaught() throws IOException {
        assertThat(ComposeRules.setup(edited(" --kibana http://kibana:5601", ""), shippedJobs()))
                .containsExactly("setup does not run `talentwatch setup` with --kibana http://kibana:5601");
        assertThat(ComposeRules.setup(edited("talentwatch submit jobs/talent-poaching.yaml", "talentwatch submit jobs/other.yaml"), shippedJobs()))
                .containsExactly("setup submits jobs/other.yaml, which is not a shipped job definition");
        assertThat(ComposeRules.setup(edited("talentwatch submit jobs/talent-poaching.yaml", "echo jobs/talent-poaching.yaml"), shippedJobs()))
                .containsExactly("setup does not run `talentwatch submit JOB --flink http://jobmanager:8081`");
        assertThat(ComposeRules.setup(edited(" --unless-active", ""), shippedJobs()))
                .containsExactly("setup's submit lacks --unless-active, so a second `docker compose up` fails or runs the job twice");
    }

    @Test
    void aSampleReplayThatMissesTheDashboardIsCaught() throws IOException {
        assertThat(ComposeRules.sampleReplay(edited(", \"--rebase-to-now\"]", "]")))
                .containsExactly("replay lacks --rebase-to-now, so the sample stays in June 2025, outside the dashboard's default time range");
        assertThat(ComposeRules.sampleReplay(edited("    depends_on:\n      setup:\n        condition: service_completed_successfully\n", "")))
                .containsExactly("replay does not wait for setup to complete, so items may arrive before the job runs");
    }

    @Test
    void theLocalOverrideOnlyChangesServicesTheStackHas() {
        ComposeFile local = ComposeFile.read(Path.of("docker-compose.local.yml"));
        assertThat(REAL.services().keySet()).containsAll(local.services().keySet());
        assertThat(local.environment("elasticsearch")).containsEntry("xpack.security.enabled", "false");
        assertThat(REAL.environment("elasticsearch")).containsEntry("xpack.security.enabled", "true");
    }

    @Test
    void prometheusScrapesTheReporterOfBothFlinkProcesses() throws IOException {
        // Every replica of both services, found by DNS, on the reporter's port.
        JsonNode flink = new ObjectMapper(new YAMLFactory()).readTree(Path.of("connectors/docker/prometheus.yml").toFile())
                .path("scrape_configs").get(0).path("dns_sd_configs").get(0);
        assertThat(flink.path("names")).extracting(JsonNode::asText).containsExactlyInAnyOrder("jobmanager", "taskmanager");
        assertThat(flink.path("type").asText()).isEqualTo("A");
        assertThat(flink.path("port").asInt()).isEqualTo(9249);
        assertThat(ComposeRules.volumes(REAL, "prometheus")).contains("/etc/prometheus/prometheus.yml");
    }

    @Test
    void theImageHoldsWhatReplayAndSubmitRead() throws IOException {
        String dockerfile = Files.readString(Path.of("connectors/docker/Dockerfile"));
        String jobJar = "target/" + pomProperty("artifactId") + "-" + pomProperty("version") + "-job.jar"; // the project's: the first of each
        assertThat(dockerfile).contains("COPY --from=build /src/" + jobJar + " target/")
                .contains("COPY src/main/resources/samples/talent-poaching-sample.jsonl samples/")
                .contains("COPY jobs jobs", "COPY connectors connectors");
        assertThat(REAL.commandLine("replay")).startsWith("replay samples/talent-poaching-sample.jsonl --kafka kafka:9092");
        assertThat(Path.of("src/main/resources/samples/talent-poaching-sample.jsonl")).isRegularFile();
    }

    @Test
    void theImageOpensWhatTheLauncherOpens() throws IOException {
        assertThat(opens(Path.of("connectors/docker/talentwatch.sh"))).isNotEmpty().isEqualTo(opens(Path.of("talentwatch")));
    }

    private static Set<String> opens(Path script) throws IOException {
        Set<String> opens = new TreeSet<>();
        Matcher matcher = Pattern.compile("--add-opens=\\S+").matcher(Files.readString(script));
        while (matcher.find()) {
            opens.add(matcher.group());
        }
        return opens;
    }

    /** The real file with one edit; fails when the text to replace is not there, so a mutation never silently does nothing. */
    private static ComposeFile edited(String from, String to) {
        assertThat(REAL.text()).contains(from);
        return ComposeFile.parse(REAL.text().replace(from, to));
    }

    private static Map<String, String> envExample() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                env.put(line.substring(0, line.indexOf('=')).trim(), line.substring(line.indexOf('=') + 1));
            }
        }
        return env;
    }

    private static Set<String> shippedJobs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            return new TreeSet<>(files.map(f -> "jobs/" + f.getFileName()).toList());
        }
    }

    private static String pomProperty(String name) throws IOException {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(matcher.find()).as(name + " in pom.xml").isTrue();
        return matcher.group(1);
    }
}

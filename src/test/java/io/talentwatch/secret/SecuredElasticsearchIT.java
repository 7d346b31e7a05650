package io.talentwatch.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.JobState;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.local.ElasticsearchSecurity;
import io.talentwatch.local.LocalElasticsearch;
import io.talentwatch.replay.Replayer;
import io.talentwatch.setup.KafkaTopics;
import io.talentwatch.setup.TopicDefinitions;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.ChildCli;
import io.talentwatch.testing.CliRun;
import io.talentwatch.testing.LocalFlinkCluster;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.SampleMentions;
import io.talentwatch.testing.SelfSignedCertificate;
import io.talentwatch.testing.TestJobs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real Elasticsearch 8.19 with security on (https with a self-signed certificate made here, a
 * file-realm user with a limited role), driven by the real CLI in child JVMs whose trust store and
 * environment are set as an operator would set them: setup and the job (Kafka to MiniCluster to
 * Elasticsearch) log in with the password from the environment, and it shows in no output or log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuredElasticsearchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "tw_writer";
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final Map<String, String> LOGIN = Map.of(
            "TALENTWATCH_ES_USERNAME", USER, "TALENTWATCH_ES_PASSWORD", PASSWORD);

    private static Path dir;
    private static SelfSignedCertificate certificate;
    private static ElasticsearchSecurity security;
    private static LocalElasticsearch es;
    private static Path jobFile;
    private static JobDefinition job;
    private static final List<String> outputs = new ArrayList<>();

    @BeforeAll
    static void startSecuredElasticsearch() throws Exception {
        dir = Files.createTempDirectory("talentwatch-secured-it-");
        certificate = SelfSignedCertificate.create(dir);
        security = new ElasticsearchSecurity(certificate.certificatePem(), certificate.privateKeyPem(),
                new Credentials(USER, Secret.of(PASSWORD)));
        es = LocalElasticsearch.start(LocalElasticsearch.defaultOptions().withPort(0), security);
        jobFile = TestJobs.isolatedFile("it-secured", dir);
        job = JobDefinitionLoader.load(jobFile);
        // Kafka is not secured: its topics exist whatever the Elasticsearch tests below do.
        KafkaTopics.ensure(RealServices.kafka().bootstrapServers(),
                TopicDefinitions.load(Path.of("connectors/kafka/topics.yaml")).forJob(job.kafka().topics()));
    }

    @AfterAll
    static void stop() {
        if (es != null) {
            es.close();
        }
    }

    private static CliRun cli(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
        CliRun run = ChildCli.run(dir.resolve("logs"), jvmOptions, env, args);
        outputs.add(run.out());
        return run;
    }

    private static CliRun setup(String url, List<String> jvmOptions, Map<String, String> env) throws Exception {
        return cli(jvmOptions, env, "setup", "--es", url, "--kafka", RealServices.kafka().bootstrapServers(),
                "--job", jobFile.toString());
    }

    /** The test's own view of the node: a client that trusts exactly its certificate; the JVM default is untouched. */
    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().sslContext(security.trustingOnlyThisCertificate()).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(es.url() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", security.login().authorizationHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** The documents behind {@code alias}, counted after a refresh, through the test's own trusting client. */
    private static long refreshedCount(String alias) {
        try {
            get("/" + alias + "/_refresh");
            return get("/" + alias + "/_count").path("count").asLong();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(1)
    void setupInstallsTheTemplatesOverHttpsWithThePasswordFromTheEnvironment() throws Exception {
        assertThat(es.url()).startsWith("https://127.0.0.1:");

        CliRun run = setup(es.url(), certificate.trustStoreOptions(), LOGIN);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("index templates installed: it-secured-mentions");
        assertThat(get("/_index_template/it-secured-mentions").path("index_templates").size()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aPasswordFileWorksAsWellAsTheVariable() throws Exception {
        Path secret = Files.writeString(dir.resolve("es_password"), PASSWORD + "\n");

        CliRun run = setup(es.url(), certificate.trustStoreOptions(),
                Map.of("TALENTWATCH_ES_USERNAME", USER, "TALENTWATCH_ES_PASSWORD_FILE", secret.toString()));

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    @Order(3)
    void aWrongPasswordOrNoneIsOneClearLineNamingTheUrlAnd401() throws Exception {
        CliRun wrong = setup(es.url(), certificate.trustStoreOptions(),
                Map.of("TALENTWATCH_ES_USERNAME", USER, "TALENTWATCH_ES_PASSWORD", "wrong-" + PASSWORD));
        CliRun none = setup(es.url(), certificate.trustStoreOptions(), Map.of());

        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.out()).contains("talentwatch setup: PUT " + es.url() + "/_index_template/")
                .contains("answered 401 Unauthorized: user '" + USER + "' was refused").doesNotContain("\tat ");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.out()).contains(es.url()).contains("401").contains("TALENTWATCH_ES_PASSWORD").doesNotContain("\tat ");
    }

    @Test
    @Order(4)
    void plainHttpToTheHttpsNodeOrAnUntrustedCertificateIsOneClearLine() throws Exception {
        String plain = es.url().replace("https://", "http://");
        CliRun http = setup(plain, certificate.trustStoreOptions(), LOGIN);
        CliRun untrusted = setup(es.url(), List.of(), LOGIN);

        assertThat(http.exitCode()).isEqualTo(1);
        assertThat(http.out()).contains("cannot talk to Elasticsearch at " + plain)
                .contains("if it serves https, use an https:// URL").doesNotContain("\tat ");
        assertThat(untrusted.exitCode()).isEqualTo(1);
        assertThat(untrusted.out()).contains("TLS handshake with Elasticsearch at " + es.url() + " failed")
                .contains("-Djavax.net.ssl.trustStore").doesNotContain("\tat ");
    }

    @Test
    @Order(5)
    void theJobWritesMentionsOverHttpsWithUserAndPassword() throws Exception {
        JobDefinition local = job.withKafkaBootstrap(RealServices.kafka().bootstrapServers());
        int expected = SampleMentions.expectedIds(SampleMentions.SAMPLE, local).size();
        try (ChildCli run = ChildCli.start(dir.resolve("logs"), certificate.trustStoreOptions(), LOGIN,
                "run", "--job", jobFile.toString(), "--es", es.url(), "--kafka", RealServices.kafka().bootstrapServers())) {
            new Replayer(RealServices.kafka().bootstrapServers(), local.kafka().topics(), null, null)
                    .replay(List.of(SampleMentions.SAMPLE));

            long indexed = Await.until("every sample mention indexed over https", Duration.ofMinutes(3), () -> {
                assertThat(run.isAlive()).as(run.output()).isTrue();
                return refreshedCount(local.elasticsearch().mentionsAlias());
            }, count -> count >= expected);
            assertThat(indexed).isEqualTo(expected);
            run.stop(Duration.ofSeconds(30));
            outputs.add(run.output());
        }
    }

    /**
     * The operator's path: {@code submit} to a standalone cluster forwards the user and the password
     * file's path (never the password); the job's main reads the file on the JobManager, and the sink
     * on the TaskManager trusts the certificate through {@code env.java.opts.taskmanager}, as docs/security.md says.
     */
    @Test
    @Order(6)
    void aJobSubmittedToAClusterLogsInWithThePasswordFileAndTheTaskManagersTrustStore() throws Exception {
        Path clusterJobFile = TestJobs.isolatedFile("it-secured-cluster", dir);
        JobDefinition clusterJob = JobDefinitionLoader.load(clusterJobFile).withKafkaBootstrap(RealServices.kafka().bootstrapServers());
        Path passwordFile = Files.writeString(dir.resolve("cluster-es-password"), PASSWORD + "\n");
        CliRun setup = cli(certificate.trustStoreOptions(), LOGIN, "setup", "--es", es.url(),
                "--kafka", RealServices.kafka().bootstrapServers(), "--job", clusterJobFile.toString());
        assertThat(setup.exitCode()).as(setup.out()).isZero();
        int expected = SampleMentions.expectedIds(SampleMentions.SAMPLE, clusterJob).size();

        try (LocalFlinkCluster cluster = LocalFlinkCluster.builder()
                .config("env.java.opts.taskmanager", String.join(" ", certificate.trustStoreOptions())).start()) {
            CliRun submit = cli(List.of(), Map.of(), "submit", clusterJobFile.toString(), "--flink", cluster.restUrl().toString(),
                    "--kafka", RealServices.kafka().bootstrapServers(), "--es", es.url(),
                    "--es-user", USER, "--es-password-file", passwordFile.toString(), "--jar", System.getProperty("talentwatch.job.jar"));
            assertThat(submit.exitCode()).as(submit.out()).isZero();
            JobId id = submit.submittedJobId();
            cluster.client().waitForAllTasksRunning(id, Duration.ofMinutes(3));

            new Replayer(RealServices.kafka().bootstrapServers(), clusterJob.kafka().topics(), null, null)
                    .replay(List.of(SampleMentions.SAMPLE));
            long indexed = Await.until("every sample mention indexed over https by the cluster's TaskManager", Duration.ofMinutes(3), () -> {
                assertThat(cluster.client().jobState(id).isGloballyTerminal()).as(cluster.logTails()).isFalse();
                return refreshedCount(clusterJob.elasticsearch().mentionsAlias());
            }, count -> count >= expected);
            assertThat(indexed).isEqualTo(expected);

            // The password is not in the job's configuration as Flink shows it, nor in the cluster's logs.
            String jobConfig = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(cluster.restUrl() + "/jobs/" + id.value() + "/config")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(jobConfig).contains(id.value()).doesNotContain(PASSWORD);
            FlinkRestClient flink = cluster.client();
            flink.cancel(id);
            flink.waitForState(id, Set.of(JobState.CANCELED), Duration.ofMinutes(1));
            try (Stream<Path> files = Files.walk(cluster.logDir())) {
                for (Path log : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).as(log.toString()).doesNotContain(PASSWORD);
                }
            }
        }
    }

    @Test
    @Order(7)
    void thePasswordIsInNoOutputAndNoLog() throws IOException {
        assertThat(outputs).isNotEmpty().allSatisfy(output -> assertThat(output).doesNotContain(PASSWORD));
        List<Path> logs;
        try (Stream<Path> files = Files.walk(dir.resolve("logs"))) {
            logs = files.filter(Files::isRegularFile).toList();
        }
        assertThat(logs).extracting(p -> p.getFileName().toString()).contains("talentwatch.log");
        for (Path log : logs) {
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).as(log.toString()).doesNotContain(PASSWORD);
        }
    }
}

package io.talentwatch.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.ChildCli;
import io.talentwatch.testing.CliRun;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.SelfSignedCertificate;
import io.talentwatch.testing.TestJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talentwatch setup --kibana} as a user runs it: templates, topics, then the dashboard into a stand-in Kibana. */
class SetupKibanaIT {
    @Test
    void setupDoesAllThreeAndTwiceIsHarmless(@TempDir Path dir) throws Exception {
        TestJobs.isolated("it-setup-kibana"); // starts the shared services
        Path job = TestJobs.isolatedFile("it-setup-kibana", dir);
        try (FakeKibana kibana = new FakeKibana(2)) {
            String[] args = {"setup", "--es", RealServices.elasticsearch().url(), "--kafka", RealServices.kafka().bootstrapServers(),
                    "--job", job.toString(), "--kibana", kibana.url()};
            CliRun first = CliRun.of(args);
            CliRun second = CliRun.of(args);

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(first.out()).contains("index templates installed: it-setup-kibana-mentions")
                    .contains("Kibana saved objects imported: 11; dashboard " + kibana.url() + "/app/dashboards#/view/it-setup-kibana-talent-poaching");
            assertThat(second.out()).contains("topics: all present").contains("Kibana saved objects imported: 11");
            assertThat(kibana.imports()).hasSize(2)
                    .allSatisfy(i -> assertThat(i.ndjson()).contains("\"title\":\"it-setup-kibana-spikes\"").doesNotContain("{{"));
            assertThat(kibana.stored()).hasSize(11);
        }
    }

    /** Kibana authenticates against Elasticsearch's users, so setup logs in to it as the same user. */
    @Test
    void kibanaGetsTheElasticsearchLoginFromThePasswordFileNotTheCommandLine(@TempDir Path dir) throws Exception {
        TestJobs.isolated("it-setup-kibana-login");
        Path job = TestJobs.isolatedFile("it-setup-kibana-login", dir);
        Path passwordFile = Files.writeString(dir.resolve("es-password"), "s3cret-kibana\n");
        try (FakeKibana kibana = new FakeKibana(0)) {
            CliRun run = CliRun.of("setup", "--es", RealServices.elasticsearch().url(), "--kafka", RealServices.kafka().bootstrapServers(),
                    "--job", job.toString(), "--kibana", kibana.url(), "--es-user", "analyst", "--es-password-file", passwordFile.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            String expected = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret-kibana".getBytes(StandardCharsets.UTF_8));
            assertThat(kibana.imports()).singleElement()
                    .satisfies(i -> assertThat(i.headers().get("Authorization")).containsExactly(expected));
            assertThat(run.out() + run.err()).doesNotContain("s3cret-kibana");
        }
    }

    @Test
    void aKibanaImportErrorFailsSetupWithItsMessage(@TempDir Path dir) throws Exception {
        TestJobs.isolated("it-setup-kibana-bad");
        Path job = TestJobs.isolatedFile("it-setup-kibana-bad", dir);
        try (FakeKibana kibana = new FakeKibana(0)) {
            kibana.importAnswers("{\"success\":false,\"successCount\":10,\"errors\":[{\"id\":\"x-top-sources\",\"type\":\"lens\","
                    + "\"meta\":{\"title\":\"Top sources\"},\"error\":{\"type\":\"unknown\",\"message\":\"boom\"}}]}");
            CliRun run = CliRun.of("setup", "--es", RealServices.elasticsearch().url(), "--kafka", RealServices.kafka().bootstrapServers(),
                    "--job", job.toString(), "--kibana", kibana.url());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("talentwatch setup: Kibana imported 10 of 11 saved objects: lens 'x-top-sources' (Top sources): unknown boom");
        }
    }

    /**
     * Kibana over https is trusted through the JVM trust store, as every other call is: the CLI in a
     * JVM of its own (the trust store is fixed at JVM start), with and without the options docs/security.md gives.
     */
    @Test
    void kibanaOverHttpsIsTrustedThroughTheJvmTrustStoreAndAnUntrustedOneFailsAtOnce(@TempDir Path dir) throws Exception {
        TestJobs.isolated("it-setup-kibana-tls"); // starts the shared services
        Path job = TestJobs.isolatedFile("it-setup-kibana-tls", dir);
        SelfSignedCertificate certificate = SelfSignedCertificate.create(dir);
        try (FakeKibana kibana = FakeKibana.https(0, certificate.serverContext())) {
            String[] args = {"setup", "--es", RealServices.elasticsearch().url(), "--kafka", RealServices.kafka().bootstrapServers(),
                    "--job", job.toString(), "--kibana", kibana.url()};
            assertThat(kibana.url()).startsWith("https://127.0.0.1:");

            CliRun trusted = ChildCli.run(dir.resolve("trusted"), certificate.trustStoreOptions(), Map.of(), args);
            assertThat(trusted.exitCode()).as(trusted.out()).isZero();
            assertThat(trusted.out()).contains("Kibana saved objects imported: 11");
            assertThat(kibana.imports()).hasSize(1);

            CliRun untrusted = ChildCli.run(dir.resolve("untrusted"), List.of(), Map.of(), args);
            assertThat(untrusted.exitCode()).isEqualTo(1);
            assertThat(untrusted.out()).as("fails at once, not after --kibana-wait").contains("TLS handshake with Kibana at " + kibana.url() + " failed")
                    .contains("-Djavax.net.ssl.trustStore=FILE").doesNotContain("\tat ");
            assertThat(kibana.imports()).hasSize(1);
        }
    }
}

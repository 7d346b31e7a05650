package io.talentwatch.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Importing the dashboard into a local server standing in for Kibana (no Kibana runs here). */
class KibanaImportTest {
    private static final Duration FAST = Duration.ofMillis(50);

    private static JobDefinition job(String prefix) throws Exception {
        return JobDefinitionLoader.parse(Files.readString(DashboardObjects.JOB)
                .replace("index-prefix: talentwatch", "index-prefix: " + prefix), prefix + ".yaml");
    }

    @Test
    void importsTheJobsObjectsAsKibanaExpectsThemAndTwiceIsHarmless() throws Exception {
        JobDefinition job = job("acme");
        String expected = KibanaSavedObjects.forJob(DashboardObjects.DIR, job).ndjson();
        try (FakeKibana kibana = new FakeKibana(1)) {
            KibanaClient client = new KibanaClient(kibana.url() + "/", Optional.empty());
            KibanaDashboards.Result first = KibanaDashboards.install(client, DashboardObjects.DIR, job, Duration.ofSeconds(30));
            KibanaDashboards.Result second = KibanaDashboards.install(client, DashboardObjects.DIR, job, Duration.ofSeconds(30));

            assertThat(kibana.statusCalls()).as("the booting answer was waited out").isGreaterThanOrEqualTo(3);
            assertThat(first.imported()).isEqualTo(11);
            assertThat(second.imported()).isEqualTo(11);
            assertThat(first.dashboardUrl()).isEqualTo(kibana.url() + "/app/dashboards#/view/acme-talent-poaching");
            assertThat(kibana.stored()).hasSize(11).containsKeys("index-pattern:acme-mentions", "dashboard:acme-talent-poaching");
            assertThat(kibana.imports()).hasSize(2).allSatisfy(request -> {
                assertThat(request.query()).isEqualTo("overwrite=true");
                assertThat(request.headers().get("Kbn-xsrf")).containsExactly("true");
                assertThat(request.headers()).doesNotContainKey("Authorization");
                assertThat(request.fileName()).isEqualTo("talent-poaching.ndjson");
                assertThat(request.ndjson()).isEqualTo(expected).contains("\"title\":\"acme-mentions\"").doesNotContain("{{");
            });
        }
    }

    @Test
    void withoutOverwriteTheFakeReportsConflictsSoTheHarmlessSecondRunIsReallyTested() throws Exception {
        try (FakeKibana kibana = new FakeKibana(0)) {
            KibanaClient client = new KibanaClient(kibana.url(), Optional.empty());
            String ndjson = KibanaSavedObjects.forJob(DashboardObjects.DIR, job("talentwatch")).ndjson();
            client.importSavedObjects("talent-poaching.ndjson", ndjson, 11);
            java.net.http.HttpResponse<String> again = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(kibana.url() + "/api/saved_objects/_import"))
                            .header("kbn-xsrf", "true").header("Content-Type", "multipart/form-data; boundary=b")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                                    + "filename=\"x.ndjson\"\r\nContent-Type: application/ndjson\r\n\r\n" + ndjson + "\r\n--b--\r\n"))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(again.body()).contains("\"success\":false").contains("conflict");
        }
    }

    @Test
    void sendsTheAuthorizationHeaderItIsGiven() throws Exception {
        try (FakeKibana kibana = new FakeKibana(0)) {
            KibanaClient client = new KibanaClient(kibana.url(), Optional.of("Basic dTpw"));
            KibanaDashboards.install(client, DashboardObjects.DIR, job("talentwatch"), Duration.ofSeconds(10));
            assertThat(kibana.imports().get(0).headers().get("Authorization")).containsExactly("Basic dTpw");
        }
    }

    @Test
    void waitsForKibanaThatIsNotListeningYet() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        KibanaClient client = new KibanaClient("http://127.0.0.1:" + port, Optional.empty());
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> client.awaitAvailable(Duration.ofSeconds(30), FAST));
        Thread.sleep(700);
        assertThat(waiting).as("still waiting while nothing listens").isNotDone();
        try (FakeKibana kibana = new FakeKibana(2, port)) {
            waiting.get(20, TimeUnit.SECONDS);
            assertThat(kibana.statusCalls()).isEqualTo(3);
        }
    }

    @Test
    void aKibanaThatStaysUnavailableFailsWithTheLastAnswer() throws Exception {
        try (FakeKibana kibana = new FakeKibana(Integer.MAX_VALUE)) {
            KibanaClient client = new KibanaClient(kibana.url(), Optional.empty());
            assertThatThrownBy(() -> client.awaitAvailable(Duration.ofMillis(500), FAST))
                    .isInstanceOf(KibanaClient.KibanaException.class)
                    .hasMessage("Kibana at " + kibana.url() + " was not available within PT0.5S (last: HTTP 503, status unavailable)");
        }
    }

    @Test
    void refusedCredentialsFailAtOnce() throws Exception {
        try (FakeKibana kibana = new FakeKibana(0)) {
            kibana.statusAnswers(401);
            KibanaClient client = new KibanaClient(kibana.url(), Optional.of("Basic secret-value"));
            assertThatThrownBy(() -> client.awaitAvailable(Duration.ofSeconds(30), FAST))
                    .hasMessageContaining("refused the status request (HTTP 401)")
                    .message().doesNotContain("secret-value");
            assertThat(kibana.statusCalls()).isEqualTo(1);
        }
    }

    @Test
    void anImportWithErrorsFailsNamingEachObjectAndWhy() throws Exception {
        try (FakeKibana kibana = new FakeKibana(0)) {
            kibana.importAnswers("""
                    {"success":false,"successCount":9,"errors":[
                      {"id":"talentwatch-top-sources","type":"lens","meta":{"title":"Top sources"},
                       "error":{"type":"missing_references","references":[{"type":"index-pattern","id":"talentwatch-mentions"}]}},
                      {"id":"talentwatch-spike-list","type":"search","meta":{"title":"Spikes"},
                       "error":{"type":"unknown","message":"Document has an invalid typeMigrationVersion","statusCode":400}}]}""");
            KibanaClient client = new KibanaClient(kibana.url(), Optional.empty());
            assertThatThrownBy(() -> KibanaDashboards.install(client, DashboardObjects.DIR, job("talentwatch"), Duration.ofSeconds(10)))
                    .isInstanceOf(KibanaClient.KibanaException.class)
                    .hasMessage("Kibana imported 9 of 11 saved objects: "
                            + "lens 'talentwatch-top-sources' (Top sources): missing_references index-pattern:talentwatch-mentions; "
                            + "search 'talentwatch-spike-list' (Spikes): unknown Document has an invalid typeMigrationVersion");
        }
    }

    @Test
    void aSuccessThatImportedFewerObjectsThanSentIsAFailureToo() throws Exception {
        try (FakeKibana kibana = new FakeKibana(0)) {
            kibana.importAnswers("{\"success\":true,\"successCount\":10,\"errors\":[]}");
            KibanaClient client = new KibanaClient(kibana.url(), Optional.empty());
            assertThatThrownBy(() -> client.importSavedObjects("x.ndjson", "{}\n", 11))
                    .hasMessage("Kibana imported 10 of 11 saved objects");
        }
    }

    @Test
    void aRejectedImportRequestNamesTheStatus() throws Exception {
        try (FakeKibana kibana = new FakeKibana(0)) {
            KibanaClient client = new KibanaClient(kibana.url() + "/nope", Optional.empty());
            assertThatThrownBy(() -> client.importSavedObjects("x.ndjson", "{}\n", 1))
                    .hasMessageStartingWith("Kibana at " + kibana.url() + "/nope refused the saved objects import (HTTP 404)");
        }
    }
}

package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.testing.RealServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared real Elasticsearch answers, and the analysis plugin restores english and arabic. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LocalElasticsearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void clusterIsHealthyAndListsTheAnalysisPlugin() throws Exception {
        JsonNode health = call("GET", "/_cluster/health", null).body;
        assertThat(health.path("status").asText()).isIn("green", "yellow");
        assertThat(health.path("number_of_nodes").asInt()).isEqualTo(1);

        JsonNode plugins = call("GET", "/_cat/plugins?format=json", null).body;
        assertThat(plugins.findValuesAsText("component")).contains("talentwatch-analysis");
    }

    @Test
    void englishAnalyzerStems() throws Exception {
        assertThat(tokens("english", "Researchers joined the rival lab"))
                .containsExactly("research", "join", "rival", "lab");
    }

    @Test
    void arabicAnalyzerRemovesDiacriticsAndNormalizesAlef() throws Exception {
        // أَحْمَدُ: hamza-alef and four harakat; إ and آ are alef variants too.
        assertThat(tokens("arabic", "أَحْمَدُ")).containsExactly("احمد");
        assertThat(tokens("arabic", "إِدارة مُهَنْدِسُ آمال")).containsExactly("ادار", "مهندس", "امال");
        // The standard analyzer keeps them: the change comes from the arabic analyzer.
        assertThat(tokens("standard", "أَحْمَدُ")).containsExactly("أَحْمَدُ");
    }

    @Test
    void arabicAnalyzerDropsArticleStopwordsAndPluralSuffix() throws Exception {
        assertThat(tokens("arabic", "انضم الباحثون إلى مختبر منافس"))
                .containsExactly("انضم", "باحث", "مختبر", "منافس");
    }

    @Test
    void indexMappedWithBothAnalyzersFindsDocumentsByStem() throws Exception {
        String index = "it-analyzers-" + System.nanoTime();
        Map<String, Object> mapping = Map.of("mappings", Map.of("properties", Map.of(
                "title_en", Map.of("type", "text", "analyzer", "english"),
                "title_ar", Map.of("type", "text", "analyzer", "arabic"))));
        try {
            assertThat(call("PUT", "/" + index, mapping).status).isEqualTo(200);
            Response indexed = call("PUT", "/" + index + "/_doc/1?refresh=true", Map.of(
                    "title_en", "Researchers joined the rival lab",
                    "title_ar", "انضم الباحثون إلى مختبر منافس بقيادة أَحْمَدُ"));
            assertThat(indexed.status).isEqualTo(201);

            assertThat(hits(index, "title_en", "research")).containsExactly("1");
            assertThat(hits(index, "title_ar", "باحث")).containsExactly("1");
            assertThat(hits(index, "title_ar", "احمد")).containsExactly("1");
            assertThat(hits(index, "title_en", "football")).isEmpty();
            assertThat(hits(index, "title_ar", "كرة")).isEmpty();
        } finally {
            call("DELETE", "/" + index, null);
        }
    }

    private static List<String> tokens(String analyzer, String text) throws Exception {
        Response response = call("POST", "/_analyze", Map.of("analyzer", analyzer, "text", text));
        assertThat(response.status).as(response.body.toString()).isEqualTo(200);
        return response.body.path("tokens").findValuesAsText("token");
    }

    private static List<String> hits(String index, String field, String query) throws Exception {
        Response response = call("POST", "/" + index + "/_search",
                Map.of("query", Map.of("match", Map.of(field, query))));
        assertThat(response.status).as(response.body.toString()).isEqualTo(200);
        return response.body.path("hits").path("hits").findValuesAsText("_id");
    }

    private record Response(int status, JsonNode body) {
    }

    private static Response call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RealServices.elasticsearch().url() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), JSON.readTree(response.body()));
    }
}

package io.talentwatch.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** connectors/kibana/: the NDJSON is well formed, every reference resolves, the dashboard has every panel of issue 5. */
class KibanaSavedObjectsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE = DashboardObjects.DIR.resolve(KibanaSavedObjects.FILE);

    @Test
    void everyLineIsASavedObjectWithTypeIdAttributesAndMigrationVersions() throws Exception {
        List<String> lines = Files.readAllLines(FILE).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(11);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode object = JSON.readTree(line);
            assertThat(object.path("type").asText()).as(line).isIn("index-pattern", "lens", "search", "dashboard");
            assertThat(object.path("id").asText()).as(line).startsWith("{{prefix}}-");
            assertThat(object.path("attributes").isObject()).as(line).isTrue();
            assertThat(object.path("attributes").path("title").asText()).as(line).isNotBlank();
            assertThat(object.path("references").isArray()).as(line).isTrue();
            // Without these Kibana would run every migration since 7.0 over 8.x-shaped objects.
            assertThat(object.path("coreMigrationVersion").asText()).as(line).matches("8\\.\\d+\\.\\d+");
            assertThat(object.path("typeMigrationVersion").asText()).as(line).matches("[78]\\.\\d+\\.\\d+");
            assertThat(ids.add(object.path("id").asText())).as("id used once: " + object.path("id")).isTrue();
        }
    }

    @Test
    void everyReferenceResolvesAndEveryUsedReferenceIsDeclared() {
        DashboardObjects objects = DashboardObjects.shipped();
        assertThat(SavedObjectChecks.referenceProblems(objects)).isEmpty();
        // Not vacuous: the dashboard's panels, the Lens layers, the annotation layer and the searches all count.
        long used = objects.byId().values().stream().mapToLong(o -> DashboardObjects.usedReferenceNames(o).size()).sum();
        assertThat(used).isGreaterThanOrEqualTo(15);
    }

    @Test
    void theReferenceCheckCatchesABrokenReference() {
        DashboardObjects broken = DashboardObjects.shipped();
        ObjectNode flows = broken.get("talentwatch-talent-flows");
        ((ObjectNode) flows.path("references").get(0)).put("id", "talentwatch-mention");
        assertThat(SavedObjectChecks.referenceProblems(broken)).singleElement().asString()
                .contains("talentwatch-talent-flows").contains("missing index-pattern talentwatch-mention");

        DashboardObjects unnamed = DashboardObjects.shipped();
        ((ObjectNode) unnamed.get("talentwatch-talent-poaching").path("references").get(2)).put("name", "renamed");
        assertThat(SavedObjectChecks.referenceProblems(unnamed)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("uses reference talent-flows:panel_talent-flows that is not in its references"));

        DashboardObjects annotation = DashboardObjects.shipped();
        ObjectNode perCompany = annotation.get("talentwatch-mentions-per-company");
        ((ObjectNode) perCompany.path("attributes").path("state").path("visualization").path("layers").get(1)).put("layerId", "spike");
        assertThat(SavedObjectChecks.referenceProblems(annotation))
                .anySatisfy(p -> assertThat(p).contains("uses reference xy-visualization-layer-spike"));
    }

    @Test
    void theDashboardShowsEveryPanelTheIssueAsksFor() {
        DashboardObjects objects = DashboardObjects.shipped();
        ObjectNode dashboard = objects.get("talentwatch-talent-poaching");
        assertThat(dashboard.path("attributes").path("title").asText()).isEqualTo("Talent poaching");
        Map<String, ObjectNode> panels = objects.panels(dashboard);
        assertThat(panels.keySet()).containsExactlyInAnyOrder("mentions-per-company", "talent-flows", "sentiment-per-company",
                "language-split", "top-sources", "latest-mentions", "spike-list");

        // Mentions over time per company, with the spikes index as markers. The company column comes
        // first, as Kibana's editor puts it: the top companies are those of the whole range, not of each bucket.
        ObjectNode perCompany = panels.get("mentions-per-company");
        assertThat(operations(perCompany)).containsExactly("terms companies", "date_histogram published", "count ___records___");
        JsonNode markers = perCompany.path("attributes").path("state").path("visualization").path("layers").get(1);
        assertThat(markers.path("layerType").asText()).isEqualTo("annotations");
        assertThat(objects.dataView(perCompany, "xy-visualization-layer-" + markers.path("layerId").asText())
                .path("attributes").path("title").asText()).isEqualTo("talentwatch-spikes");

        assertThat(operations(panels.get("talent-flows"))).containsExactly("terms flows.direction", "count ___records___");
        assertThat(operations(panels.get("sentiment-per-company")))
                .containsExactly("terms company", "date_histogram window_end", "average mean_sentiment");
        assertThat(operations(panels.get("language-split"))).containsExactly("terms lang", "count ___records___");
        assertThat(operations(panels.get("top-sources"))).containsExactly("terms source", "count ___records___");

        JsonNode latest = panels.get("latest-mentions").path("attributes");
        assertThat(latest.path("sort").toString()).isEqualTo("[[\"published\",\"desc\"]]");
        assertThat(JSON.convertValue(latest.path("columns"), List.class)).contains("title", "text", "url");
        assertThat(DashboardObjects.embedded(latest.path("kibanaSavedObjectMeta").path("searchSourceJSON"))
                .path("highlightAll").asBoolean()).isTrue();

        JsonNode spikes = panels.get("spike-list").path("attributes");
        assertThat(JSON.convertValue(spikes.path("columns"), List.class))
                .contains("series", "phase", "score", "explanation.summary");
        assertThat(objects.dataView(panels.get("spike-list"), "kibanaSavedObjectMeta.searchSourceJSON.index")
                .path("attributes").path("title").asText()).isEqualTo("talentwatch-spikes");
    }

    @Test
    void dataViewsReadTheAliasesAndShowUrlsAsLinks() {
        DashboardObjects objects = DashboardObjects.shipped();
        assertThat(objects.ofType("index-pattern")).extracting(v -> v.path("attributes").path("title").asText() + " @ "
                + v.path("attributes").path("timeFieldName").asText())
                .containsExactlyInAnyOrder("talentwatch-mentions @ published", "talentwatch-windows @ window_end",
                        "talentwatch-spikes @ opened_at");
        JsonNode formats = DashboardObjects.embedded(objects.get("talentwatch-mentions").path("attributes").path("fieldFormatMap"));
        assertThat(formats.path("url").path("id").asText()).isEqualTo("url");
        assertThat(formats.path("url").path("params").path("type").asText()).isEqualTo("a");
    }

    @Test
    void anotherPrefixGivesItsOwnObjectsReadingItsOwnIndices() {
        JobDefinition acme = JobDefinitionLoader.parse(readJob().replace("index-prefix: talentwatch", "index-prefix: acme"), "acme.yaml");
        KibanaSavedObjects objects = KibanaSavedObjects.forJob(DashboardObjects.DIR, acme);
        String ndjson = objects.ndjson();
        assertThat(ndjson).doesNotContain("{{").doesNotContain("talentwatch-");
        assertThat(objects.ids()).contains("index-pattern:acme-mentions", "dashboard:acme-talent-poaching");
        assertThat(SavedObjectChecks.referenceProblems(DashboardObjects.of(objects))).isEmpty();
        assertThat(ndjson.lines().count()).isEqualTo(objects.objects().size());
    }

    @Test
    void theLatestMentionsQueryNamesTheJobsNamesAndTermsEscapedInsideItsSearchSource() {
        DashboardObjects objects = DashboardObjects.shipped();
        JsonNode source = DashboardObjects.embedded(objects.get("talentwatch-latest-mentions").path("attributes")
                .path("kibanaSavedObjectMeta").path("searchSourceJSON"));
        String query = source.path("query").path("query").asText();
        assertThat(source.path("query").path("language").asText()).isEqualTo("lucene");
        assertThat(query).startsWith("(companies:* OR ").endsWith(") AND NOT deleted:true").contains("\"OpenAI\"", "\"Meta Platforms\"", "\"ميتا\"", "\"poach\"");
    }

    @Test
    void aPhraseWithQuotesIsEscapedForLucene() {
        JobDefinition job = JobDefinitionLoader.parse(readJob().replace("[OpenAI, Open AI, ChatGPT maker]",
                "[OpenAI, 'the \"Open\" lab', 'back\\slash']"), "quoted.yaml");
        assertThat(MatchedTermsQuery.of(job)).contains(" OR \"the \\\"Open\\\" lab\" OR \"back\\\\slash\"");
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.ndjson"),
                "{\"type\":\"search\",\"id\":\"{{prefix}}-a\",\"attributes\":{\"title\":\"{{prefx}}\"}}\n");
        assertThatThrownBy(() -> KibanaSavedObjects.read(file, Map.of("prefix", "p")))
                .hasMessageContaining("x.ndjson:1").hasMessageContaining("unknown placeholder {{prefx}}");
    }

    /** "operation field" of each column of a Lens object's one data layer, in column order. */
    private static List<String> operations(ObjectNode lens) {
        JsonNode layers = lens.path("attributes").path("state").path("datasourceStates").path("formBased").path("layers");
        assertThat(layers.size()).as(lens.path("id").asText() + " data layers").isEqualTo(1);
        JsonNode layer = layers.elements().next();
        List<String> operations = new ArrayList<>();
        layer.path("columnOrder").forEach(c -> {
            JsonNode column = layer.path("columns").path(c.asText());
            operations.add(column.path("operationType").asText() + " " + column.path("sourceField").asText());
        });
        return operations;
    }

    private static String readJob() {
        try {
            return Files.readString(DashboardObjects.JOB);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

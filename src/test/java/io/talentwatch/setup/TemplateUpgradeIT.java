package io.talentwatch.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.setup.ElasticsearchClient.ElasticsearchException;
import io.talentwatch.testing.RealServices;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Setup after an upgrade that adds a field: the current month's index already exists with the old
 * strict mapping, which the new template alone would not change, so the job's documents (checked
 * against the new template) would be refused by Elasticsearch. Runs against the real Elasticsearch.
 */
class TemplateUpgradeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TEMPLATES = Path.of("connectors/elasticsearch");

    /** The bundled mentions mapping for a prefix, as a release that did not have {@code people} yet would have had it. */
    private static ObjectNode mentionsMappingWithout(String prefix, String field) throws Exception {
        ObjectNode template = (ObjectNode) JSON.readTree(
                Files.readString(TEMPLATES.resolve("mentions.json")).replace("{{prefix}}", prefix));
        ObjectNode mappings = (ObjectNode) template.path("template").path("mappings");
        ((ObjectNode) mappings.path("properties")).remove(field);
        return mappings;
    }

    @Test
    void existingIndicesGainTheFieldsANewTemplateAdds() throws Exception {
        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        String index = "it-upgrade-mentions-2025.06";
        es.put("/" + index, JSON.createObjectNode().set("mappings", mentionsMappingWithout("it-upgrade", "people")).toString());
        String document = "{\"id\":\"a\",\"title\":\"Meta hires\",\"people\":[\"Mark Zuckerberg\"]}";
        assertThatThrownBy(() -> es.put("/" + index + "/_doc/a", document))
                .as("the old strict mapping refuses the new field: the failure this guards against")
                .hasMessageContaining("dynamic introduction of [people]");

        IndexTemplates.Installed installed = IndexTemplates.install(es, TEMPLATES, "it-upgrade");

        assertThat(installed.templates()).containsExactly("it-upgrade-mentions", "it-upgrade-spikes", "it-upgrade-windows");
        assertThat(installed.existingIndices()).containsExactly(index);
        assertThat(es.get("/" + index + "/_mapping").path(index).path("mappings").path("properties").path("people")
                .path("type").asText()).isEqualTo("keyword");
        es.put("/" + index + "/_doc/a?refresh=true", document);
        assertThat(es.count(index)).isEqualTo(1);

        assertThat(IndexTemplates.install(es, TEMPLATES, "it-upgrade").existingIndices())
                .as("a second run is harmless").containsExactly(index);
    }

    @Test
    void anIncompatibleExistingIndexStopsSetupNamingTheIndexAndTheField() throws Exception {
        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        String index = "it-conflict-mentions-2025.06";
        ObjectNode mappings = mentionsMappingWithout("it-conflict", "topic_score");
        ((ObjectNode) mappings.path("properties")).putObject("topic_score").put("type", "keyword");
        es.put("/" + index, JSON.createObjectNode().set("mappings", mappings).toString());

        assertThatThrownBy(() -> IndexTemplates.install(es, TEMPLATES, "it-conflict"))
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("template it-conflict-mentions is installed, but its mapping does not fit the existing indices ["
                        + index + "]")
                .hasMessageContaining("topic_score")
                .hasMessageContaining("reindex");
    }
}

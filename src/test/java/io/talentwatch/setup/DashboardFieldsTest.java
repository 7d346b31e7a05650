package io.talentwatch.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.setup.PanelFields.FieldUse;
import io.talentwatch.setup.PanelFields.Use;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field a panel, data view or saved search uses exists in the index templates with a type that supports the use. */
class DashboardFieldsTest {
    private static final String PREFIX = "talentwatch";

    @Test
    void everyUsedFieldExistsInItsTemplateWithACompatibleType() {
        List<FieldUse> uses = PanelFields.extract(DashboardObjects.shipped());
        assertThat(SavedObjectChecks.fieldProblems(uses, PREFIX)).isEmpty();
    }

    @Test
    void theExtractorFindsThePanelsFieldsSoTheCheckCannotPassEmpty() {
        List<FieldUse> uses = PanelFields.extract(DashboardObjects.shipped());
        assertThat(uses).hasSizeGreaterThanOrEqualTo(40);
        assertThat(uses).extracting(FieldUse::use).contains(Use.values());
        assertThat(uses).extracting(FieldUse::dataView).containsOnly("talentwatch-mentions", "talentwatch-windows", "talentwatch-spikes");
        assertThat(uses).contains(
                new FieldUse("talentwatch-mentions-per-company", "talentwatch-mentions", "companies", Use.TERMS),
                new FieldUse("talentwatch-mentions-per-company", "talentwatch-spikes", "opened_at", Use.TIME_FIELD),
                new FieldUse("talentwatch-mentions-per-company", "talentwatch-spikes", "kind", Use.QUERIED),
                new FieldUse("talentwatch-sentiment-per-company", "talentwatch-windows", "mean_sentiment", Use.NUMERIC_METRIC),
                new FieldUse("talentwatch-latest-mentions", "talentwatch-mentions", "published", Use.SORT),
                new FieldUse("talentwatch-latest-mentions", "talentwatch-mentions", "companies", Use.QUERIED));
    }

    @Test
    void theLatestMentionsHighlightMatchedTermsInTextFields() {
        List<FieldUse> uses = PanelFields.extract(DashboardObjects.shipped());
        assertThat(SavedObjectChecks.highlightedTextFields(uses, "talentwatch-latest-mentions", PREFIX))
                .containsExactlyInAnyOrder("title", "text");
    }

    @Test
    void theFieldCheckCatchesARenamedFieldAndAnIncompatibleType() {
        DashboardObjects renamed = DashboardObjects.shipped();
        column(renamed, "talentwatch-top-sources", "sources", "source").put("sourceField", "sources");
        assertThat(SavedObjectChecks.fieldProblems(PanelFields.extract(renamed), PREFIX)).singleElement().asString()
                .isEqualTo("talentwatch-top-sources (talentwatch-mentions): TERMS on 'sources': no such field in the index template");

        DashboardObjects textTerms = DashboardObjects.shipped();
        column(textTerms, "talentwatch-top-sources", "sources", "source").put("sourceField", "title");
        assertThat(SavedObjectChecks.fieldProblems(PanelFields.extract(textTerms), PREFIX)).singleElement().asString()
                .endsWith("TERMS on 'title': field is text");

        DashboardObjects averageOfKeyword = DashboardObjects.shipped();
        column(averageOfKeyword, "talentwatch-sentiment-per-company", "sentiment", "sentiment").put("sourceField", "company");
        assertThat(SavedObjectChecks.fieldProblems(PanelFields.extract(averageOfKeyword), PREFIX)).singleElement().asString()
                .endsWith("NUMERIC_METRIC on 'company': field is keyword");

        DashboardObjects spikeColumn = DashboardObjects.shipped();
        ((ArrayNode) spikeColumn.get("talentwatch-spike-list").path("attributes").path("columns")).add("explanation.sumary");
        assertThat(SavedObjectChecks.fieldProblems(PanelFields.extract(spikeColumn), PREFIX))
                .anySatisfy(p -> assertThat(p).contains("'explanation.sumary': no such field"));

        DashboardObjects histogramOfKeyword = DashboardObjects.shipped();
        column(histogramOfKeyword, "talentwatch-mentions-per-company", "mentions", "published").put("sourceField", "source");
        assertThat(SavedObjectChecks.fieldProblems(PanelFields.extract(histogramOfKeyword), PREFIX)).singleElement().asString()
                .endsWith("DATE_HISTOGRAM on 'source': field is keyword");
    }

    private static ObjectNode column(DashboardObjects objects, String lens, String layer, String column) {
        return (ObjectNode) objects.get(lens).path("attributes").path("state").path("datasourceStates")
                .path("formBased").path("layers").path(layer).path("columns").path(column);
    }
}

package io.talentwatch.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every field the saved objects make Elasticsearch read, with how they use it, extracted from the
 * objects themselves (data views, Lens columns and annotations, saved searches, their queries).
 */
final class PanelFields {
    /** How a panel uses a field; each use needs a field type that supports it. */
    enum Use {
        TIME_FIELD, DATE_HISTOGRAM, TERMS, NUMERIC_METRIC, SORT, HIGHLIGHT, SHOWN, QUERIED
    }

    /** One field use: which object, through which data view (by title), which field, how. */
    record FieldUse(String object, String dataView, String field, Use use) {}

    private static final Pattern LUCENE_FIELD = Pattern.compile("(?<![\\w.])([A-Za-z_][\\w.]*):");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private PanelFields() {}

    static List<FieldUse> extract(DashboardObjects objects) {
        List<FieldUse> uses = new ArrayList<>();
        for (ObjectNode view : objects.ofType("index-pattern")) {
            String title = view.path("attributes").path("title").asText();
            String id = view.path("id").asText();
            uses.add(new FieldUse(id, title, view.path("attributes").path("timeFieldName").asText(), Use.TIME_FIELD));
            DashboardObjects.embedded(view.path("attributes").path("fieldFormatMap")).fieldNames()
                    .forEachRemaining(f -> uses.add(new FieldUse(id, title, f, Use.SHOWN)));
        }
        for (ObjectNode lens : objects.ofType("lens")) {
            lens(objects, lens, uses);
        }
        for (ObjectNode search : objects.ofType("search")) {
            search(objects, search, uses);
        }
        return uses;
    }

    private static void lens(DashboardObjects objects, ObjectNode lens, List<FieldUse> uses) {
        String id = lens.path("id").asText();
        JsonNode state = lens.path("attributes").path("state");
        Iterator<Map.Entry<String, JsonNode>> layers = state.path("datasourceStates").path("formBased").path("layers").fields();
        while (layers.hasNext()) {
            Map.Entry<String, JsonNode> layer = layers.next();
            String view = title(objects.dataView(lens, "indexpattern-datasource-layer-" + layer.getKey()));
            layer.getValue().path("columns").forEach(column -> {
                String field = column.path("sourceField").asText();
                switch (column.path("operationType").asText()) {
                    case "date_histogram" -> uses.add(new FieldUse(id, view, field, Use.DATE_HISTOGRAM));
                    case "terms" -> uses.add(new FieldUse(id, view, field, Use.TERMS));
                    case "average", "sum", "min", "max", "median", "percentile", "standard_deviation" ->
                            uses.add(new FieldUse(id, view, field, Use.NUMERIC_METRIC));
                    case "count" -> {
                        if (!"___records___".equals(field)) {
                            uses.add(new FieldUse(id, view, field, Use.SHOWN));
                        }
                    }
                    default -> throw new AssertionError(id + ": operation " + column.path("operationType") + " is not checked by this guard");
                }
            });
            queried(id, view, state.path("query"), uses);
        }
        for (JsonNode layer : state.path("visualization").path("layers")) {
            if (!"annotations".equals(layer.path("layerType").asText())) {
                continue;
            }
            String view = title(objects.dataView(lens, "xy-visualization-layer-" + layer.path("layerId").asText()));
            for (JsonNode annotation : layer.path("annotations")) {
                uses.add(new FieldUse(id, view, annotation.path("timeField").asText(), Use.TIME_FIELD));
                if (annotation.hasNonNull("textField")) {
                    uses.add(new FieldUse(id, view, annotation.path("textField").asText(), Use.SHOWN));
                }
                annotation.path("extraFields").forEach(f -> uses.add(new FieldUse(id, view, f.asText(), Use.SHOWN)));
                queried(id, view, annotation.path("filter"), uses);
            }
        }
    }

    private static void search(DashboardObjects objects, ObjectNode search, List<FieldUse> uses) {
        String id = search.path("id").asText();
        JsonNode attributes = search.path("attributes");
        JsonNode source = DashboardObjects.embedded(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON"));
        String view = title(objects.dataView(search, source.path("indexRefName").asText()));
        boolean highlights = source.path("highlightAll").asBoolean(false);
        attributes.path("columns").forEach(c -> uses.add(new FieldUse(id, view, c.asText(), Use.SHOWN)));
        attributes.path("sort").forEach(s -> uses.add(new FieldUse(id, view, s.path(0).asText(), Use.SORT)));
        if (highlights) {
            attributes.path("columns").forEach(c -> uses.add(new FieldUse(id, view, c.asText(), Use.HIGHLIGHT)));
        }
        queried(id, view, source.path("query"), uses);
    }

    /** The fields a Lucene query names ({@code kind:company}); phrases are left out, they name no field. */
    private static void queried(String id, String view, JsonNode query, List<FieldUse> uses) {
        if (!"lucene".equals(query.path("language").asText())) {
            throw new AssertionError(id + ": queries are Lucene, so the integration test runs them as Kibana does; got " + query);
        }
        Matcher field = LUCENE_FIELD.matcher(QUOTED.matcher(query.path("query").asText()).replaceAll("\"\""));
        while (field.find()) {
            uses.add(new FieldUse(id, view, field.group(1), Use.QUERIED));
        }
    }

    private static String title(ObjectNode dataView) {
        return dataView.path("attributes").path("title").asText();
    }
}

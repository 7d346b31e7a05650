package io.talentwatch.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch requests a panel makes, derived from its saved object the way Kibana builds
 * them: a Lens layer's bucket columns become nested aggregations with its metrics inside, an
 * annotation layer a search of its data view by its query, a saved search a sorted, highlighted
 * query. Queries are Lucene, which Kibana sends as {@code query_string}.
 */
final class PanelRequests {
    static final String PRE_TAG = "@kibana-highlighted-field@";
    static final String POST_TAG = "@/kibana-highlighted-field@";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PanelRequests() {}

    /** A request for one index (the data view's title) and, for aggregations, the columns it yields. */
    record Request(String index, ObjectNode body, List<JsonNode> bucketColumns, Map<String, JsonNode> metricColumns) {}

    /**
     * The aggregation of a Lens object's one data layer. Kibana picks an "auto" date interval from
     * the time range; here it is one hour, which the sample's week fills.
     */
    static Request lens(DashboardObjects objects, ObjectNode lens) {
        JsonNode state = lens.path("attributes").path("state");
        JsonNode layers = state.path("datasourceStates").path("formBased").path("layers");
        String layerId = layers.fieldNames().next();
        JsonNode layer = layers.path(layerId);
        String index = objects.dataView(lens, "indexpattern-datasource-layer-" + layerId).path("attributes").path("title").asText();

        List<JsonNode> buckets = new ArrayList<>();
        Map<String, JsonNode> metrics = new LinkedHashMap<>();
        for (JsonNode id : layer.path("columnOrder")) {
            JsonNode column = ((ObjectNode) layer.path("columns").path(id.asText()).deepCopy()).put("id", id.asText());
            if (column.path("isBucketed").asBoolean()) {
                buckets.add(column);
            } else {
                metrics.put(id.asText(), column);
            }
        }
        ObjectNode body = JSON.createObjectNode().put("size", 0);
        body.set("query", query(state.path("query")));
        ObjectNode level = body.putObject("aggs");
        for (JsonNode column : buckets) {
            ObjectNode agg = level.putObject(column.path("id").asText());
            String field = column.path("sourceField").asText();
            switch (column.path("operationType").asText()) {
                case "date_histogram" -> agg.putObject("date_histogram").put("field", field).put("fixed_interval", "1h");
                case "terms" -> {
                    JsonNode params = column.path("params");
                    ObjectNode terms = agg.putObject("terms").put("field", field).put("size", params.path("size").asInt(10));
                    String by = params.path("orderBy").path("columnId").asText();
                    String direction = params.path("orderDirection").asText("desc");
                    boolean byCount = metrics.containsKey(by) && "count".equals(metrics.get(by).path("operationType").asText());
                    terms.putObject("order").put(byCount ? "_count" : by, direction);
                }
                default -> throw new AssertionError("bucket operation " + column.path("operationType") + " is not translated");
            }
            ObjectNode inner = agg.putObject("aggs");
            metricAggs(metrics, inner); // at every level, so a terms column can be ordered by a metric
            level = inner;
        }
        if (buckets.isEmpty()) {
            metricAggs(metrics, level);
        }
        return new Request(index, body, buckets, metrics);
    }

    private static void metricAggs(Map<String, JsonNode> metrics, ObjectNode into) {
        metrics.forEach((id, column) -> {
            String field = column.path("sourceField").asText();
            switch (column.path("operationType").asText()) {
                case "count" -> { } // every bucket's doc_count
                case "average" -> into.putObject(id).putObject("avg").put("field", field);
                case "sum", "min", "max" -> into.putObject(id).putObject(column.path("operationType").asText()).put("field", field);
                default -> throw new AssertionError("metric " + column.path("operationType") + " is not translated");
            }
        });
    }

    /** The rows a Lens table would show: one per innermost bucket, column id to key or metric value. */
    static List<Map<String, Object>> rows(Request request, JsonNode response) {
        List<Map<String, Object>> rows = new ArrayList<>();
        collect(request, response.path("aggregations"), 0, new LinkedHashMap<>(), rows);
        return rows;
    }

    private static void collect(Request request, JsonNode aggs, int depth, Map<String, Object> row, List<Map<String, Object>> rows) {
        JsonNode column = request.bucketColumns().get(depth);
        for (JsonNode bucket : aggs.path(column.path("id").asText()).path("buckets")) {
            Map<String, Object> next = new LinkedHashMap<>(row);
            next.put(column.path("id").asText(), bucket.has("key_as_string") ? bucket.path("key_as_string").asText() : bucket.path("key").asText());
            if (depth + 1 < request.bucketColumns().size()) {
                collect(request, bucket, depth + 1, next, rows);
            } else {
                request.metricColumns().forEach((id, metric) -> next.put(id, "count".equals(metric.path("operationType").asText())
                        ? (Object) bucket.path("doc_count").asLong() : (Object) bucket.path(id).path("value").asDouble(Double.NaN)));
                if (bucket.path("doc_count").asLong() > 0) {
                    rows.add(next);
                }
            }
        }
    }

    /** The search of a Lens XY annotation layer: its data view's documents matching its query, by its time field. */
    static Request annotations(DashboardObjects objects, ObjectNode lens) {
        for (JsonNode layer : lens.path("attributes").path("state").path("visualization").path("layers")) {
            if (!"annotations".equals(layer.path("layerType").asText())) {
                continue;
            }
            JsonNode annotation = layer.path("annotations").get(0);
            String index = objects.dataView(lens, "xy-visualization-layer-" + layer.path("layerId").asText())
                    .path("attributes").path("title").asText();
            ObjectNode body = JSON.createObjectNode().put("size", 1000);
            body.set("query", query(annotation.path("filter")));
            body.putArray("sort").addObject().put(annotation.path("timeField").asText(), "asc");
            ArrayNode fields = body.putArray("_source");
            fields.add(annotation.path("timeField").asText());
            annotation.path("extraFields").forEach(fields::add);
            return new Request(index, body, List.of(), Map.of());
        }
        throw new AssertionError(lens.path("id").asText() + " has no annotation layer");
    }

    /** A saved search as Discover runs it: its query, its sort, every field highlighted with Kibana's tags. */
    static Request search(DashboardObjects objects, ObjectNode search, int size) {
        JsonNode attributes = search.path("attributes");
        JsonNode source = DashboardObjects.embedded(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON"));
        String index = objects.dataView(search, source.path("indexRefName").asText()).path("attributes").path("title").asText();
        ObjectNode body = JSON.createObjectNode().put("size", size);
        body.set("query", query(source.path("query")));
        ArrayNode sort = body.putArray("sort");
        attributes.path("sort").forEach(s -> sort.addObject().putObject(s.path(0).asText()).put("order", s.path(1).asText()));
        if (source.path("highlightAll").asBoolean()) {
            ObjectNode highlight = body.putObject("highlight");
            highlight.putArray("pre_tags").add(PRE_TAG);
            highlight.putArray("post_tags").add(POST_TAG);
            highlight.putObject("fields").putObject("*");
            highlight.put("fragment_size", Integer.MAX_VALUE);
        }
        return new Request(index, body, List.of(), Map.of());
    }

    private static JsonNode query(JsonNode query) {
        String text = query.path("query").asText();
        if (!"lucene".equals(query.path("language").asText())) {
            throw new AssertionError("only Lucene queries are translated: " + query);
        }
        ObjectNode out = JSON.createObjectNode();
        if (text.isBlank()) {
            out.putObject("match_all");
        } else {
            out.putObject("query_string").put("query", text).put("analyze_wildcard", true);
        }
        return out;
    }
}

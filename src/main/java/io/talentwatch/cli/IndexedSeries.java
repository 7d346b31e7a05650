package io.talentwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.talentwatch.definition.ElasticsearchSettings;
import io.talentwatch.detect.StepCount;
import io.talentwatch.setup.ElasticsearchClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads back what the job indexed for the demo's pictures: every spike, and one series' windows in time order. */
final class IndexedSeries {
    private static final int PAGE = 1000;

    private final ElasticsearchClient es;
    private final ElasticsearchSettings indices;

    IndexedSeries(ElasticsearchClient es, ElasticsearchSettings indices) {
        this.es = es;
        this.indices = indices;
    }

    List<IndexedSpike> spikes() {
        List<IndexedSpike> spikes = new ArrayList<>();
        for (JsonNode hit : all(indices.spikesAlias(), "{\"match_all\":{}}", "opened_at")) {
            JsonNode s = hit.path("_source");
            spikes.add(new IndexedSpike(s.path("series").asText(), instant(s.path("opened_at")), instant(s.path("updated_at")),
                    s.path("closed_at").isTextual() ? instant(s.path("closed_at")) : null, s.path("flagged_windows").asInt()));
        }
        return spikes;
    }

    /** The series' windows: end (epoch ms) and mentions. */
    List<StepCount> windows(String series) {
        String query = "{\"term\":{\"series\":" + TextNode.valueOf(series).toString() + "}}";
        List<StepCount> windows = new ArrayList<>();
        for (JsonNode hit : all(indices.windowsAlias(), query, "window_end")) {
            JsonNode w = hit.path("_source");
            windows.add(new StepCount(instant(w.path("window_end")).toEpochMilli(), w.path("mentions").asLong()));
        }
        return windows;
    }

    /** Every hit of the query sorted by {@code field}, page by page (search_after), however many. */
    private List<JsonNode> all(String alias, String query, String field) {
        es.post("/" + alias + "/_refresh", "");
        List<JsonNode> hits = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = es.post("/" + alias + "/_search", "{\"size\":" + PAGE + ",\"query\":" + query
                    + ",\"sort\":[{\"" + field + "\":\"asc\"},{\"id\":\"asc\"}]" + after + "}").path("hits").path("hits");
            page.forEach(hits::add);
            if (page.size() < PAGE) {
                return hits;
            }
            after = ",\"search_after\":" + page.get(page.size() - 1).path("sort");
        }
    }

    private static Instant instant(JsonNode text) {
        return Instant.parse(text.asText());
    }
}

package io.talentwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.definition.ElasticsearchSettings;
import io.talentwatch.setup.ElasticsearchClient;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the demo found, read back from Elasticsearch: spikes, who poaches whom, mentions per language and sentiment; curl lines to look further. */
final class DemoReport {
    private final ElasticsearchClient es;
    private final ElasticsearchSettings indices;

    DemoReport(ElasticsearchClient es, ElasticsearchSettings indices) {
        this.es = es;
        this.indices = indices;
    }

    JsonNode spikes() {
        es.post("/" + indices.spikesAlias() + "/_refresh", "");
        return es.get("/" + indices.spikesAlias() + "/_search?size=200&sort=opened_at:asc,series:asc").path("hits").path("hits");
    }

    /** Mentions per value of a keyword field, most frequent first. */
    Map<String, Long> mentionsBy(String field, int size) {
        JsonNode buckets = es.post("/" + indices.mentionsAlias() + "/_search",
                "{\"size\":0,\"aggs\":{\"by\":{\"terms\":{\"field\":\"" + field + "\",\"size\":" + size + "}}}}")
                .path("aggregations").path("by").path("buckets");
        Map<String, Long> counts = new LinkedHashMap<>();
        buckets.forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return counts;
    }

    void print(PrintStream out, long mentions, long windows) {
        JsonNode spikes = spikes();
        out.println();
        out.printf("Spikes found: %d (one per burst of a series, updated as it grows, peaks and closes)%n", spikes.size());
        out.printf("  %-38s %-7s %-22s %6s %9s %10s  %s%n", "series", "phase", "peak window end", "count", "expected",
                "p-value", "why: top terms; a headline");
        for (JsonNode hit : spikes) {
            JsonNode s = hit.path("_source");
            JsonNode why = s.path("explanation");
            List<String> terms = new ArrayList<>();
            why.path("top_terms").forEach(t -> terms.add(t.path("name").asText()));
            String headline = why.path("headlines").path(0).path("title").asText("");
            out.printf("  %-38s %-7s %-22s %6d %9.2f %10.2e  %s; %s%n", s.path("series").asText(), s.path("phase").asText(),
                    s.path("window_end").asText(), s.path("count").asLong(), s.path("expected").asDouble(),
                    s.path("p_value").asDouble(), String.join(", ", terms.subList(0, Math.min(3, terms.size()))),
                    headline.length() > 60 ? headline.substring(0, 59) + "…" : headline);
        }
        out.println();
        out.println("Who poaches whom (mentions stating a talent flow, acquirer <- source):");
        mentionsBy("flows.direction", 5).forEach((direction, count) -> out.printf("  %-36s %5d%n", direction, count));
        out.println();
        out.printf("In Elasticsearch: %d mentions %s, sentiment %s, %d window statistics, %d spikes%n",
                mentions, mentionsBy("lang", 10), mentionsBy("sentiment_label", 3), windows, spikes.size());
    }

    /** Queries to try by hand; printed only while the stack runs (--keep-running), just before the demo waits. */
    void printQueries(PrintStream out) {
        out.println();
        out.println("See them yourself while the stack runs:");
        String url = es.url();
        out.printf("  curl -s '%s/%s/_search?pretty&size=3&q=companies:meta%%20AND%%20lang:ar'%n", url, indices.mentionsAlias());
        out.printf("  curl -s '%s/%s/_search?pretty&size=3&q=flows.direction:%%22meta%%3C-openai%%22'%n", url, indices.mentionsAlias());
        out.printf("  curl -s '%s/%s/_search?pretty&size=5&sort=mentions:desc'%n", url, indices.windowsAlias());
        out.printf("  curl -s '%s/%s/_search?pretty&size=1&q=series:%%22company:meta%%22&sort=score:desc'%n", url, indices.spikesAlias());
    }
}

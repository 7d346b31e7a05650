package io.talentwatch.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.replay.Replayer;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.SampleMentions;
import io.talentwatch.testing.TestJobs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard panel's query, derived from its saved object, against the real Elasticsearch
 * after the real job has processed the bundled sample: the buckets each panel would draw.
 */
class DashboardPanelsIT {
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    /** Polled only once every mention is indexed, by when windows and spikes have stopped: this rules out stragglers. */
    private static final Duration SETTLE = Duration.ofSeconds(4);

    private static JobDefinition job;
    private static ElasticsearchClient es;
    private static DashboardObjects objects;
    private static Map<String, ObjectNode> panels;
    private static long mentions;

    @BeforeAll
    static void theJobProcessesTheSample() throws Exception {
        job = TestJobs.isolated("it-kibana");
        es = new ElasticsearchClient(RealServices.elasticsearch().url());
        Setup.run(job, Path.of("connectors"), es.url(), job.kafka().bootstrapServers());
        int expected = SampleMentions.expectedIds(SampleMentions.SAMPLE, job).size();
        try (LocalFlink flink = LocalFlink.start(job, 2)) {
            new Replayer(job.kafka().bootstrapServers(), job.kafka().topics(), null, null).replay(List.of(SampleMentions.SAMPLE));
            mentions = Await.until("every mention indexed", PATIENCE, () -> es.count(job.elasticsearch().mentionsAlias()),
                    n -> n >= expected);
            Await.until("spikes of meta and openai", PATIENCE, DashboardPanelsIT::spikeSeries,
                    s -> s.containsAll(List.of("company:meta", "company:openai")));
            Await.steady("the windows and spikes", PATIENCE, SETTLE, () -> List.of(
                    es.count(job.elasticsearch().windowsAlias()), es.count(job.elasticsearch().spikesAlias())));
        }
        objects = DashboardObjects.forJob(job);
        panels = objects.panels(objects.get("it-kibana-talent-poaching"));
    }

    @Test
    void mentionsPerCompanyPeakOnTheBurstDayAndTheSpikeMarkersAreTheSpikes() {
        PanelRequests.Request request = PanelRequests.lens(objects, panels.get("mentions-per-company"));
        assertThat(request.index()).isEqualTo(job.elasticsearch().mentionsAlias());
        List<Map<String, Object>> rows = run(request);
        assertThat(rows).extracting(r -> r.get("company")).contains("meta", "openai");
        assertThat(busiestHour(rows, "meta")).startsWith("2025-06-28");
        assertThat(busiestHour(rows, "openai")).startsWith("2025-06-28");

        PanelRequests.Request markers = PanelRequests.annotations(objects, panels.get("mentions-per-company"));
        assertThat(markers.index()).isEqualTo(job.elasticsearch().spikesAlias());
        List<JsonNode> spikes = hits(markers);
        Map<String, List<String>> openedBySeries = new TreeMap<>();
        spikes.forEach(s -> openedBySeries.computeIfAbsent(s.path("series").asText(), k -> new ArrayList<>()).add(s.path("opened_at").asText()));
        assertThat(openedBySeries.keySet()).contains("company:meta", "company:openai").allMatch(s -> s.startsWith("company:"));
        assertThat(openedBySeries.get("company:meta")).anyMatch(t -> t.startsWith("2025-06-28"));
        assertThat(openedBySeries.get("company:openai")).anyMatch(t -> t.startsWith("2025-06-28"));
        assertThat(spikes).allSatisfy(s -> assertThat(s.path("score").isNumber()).isTrue());
    }

    @Test
    void whoPoachesWhomLeadsWithMetaHiringFromOpenAi() {
        PanelRequests.Request request = PanelRequests.lens(objects, panels.get("talent-flows"));
        List<Map<String, Object>> rows = run(request);
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).get("direction")).isEqualTo("meta<-openai");
        assertThat(rows).extracting(r -> (String) r.get("direction")).allMatch(d -> d.matches("[a-z0-9-]+<-[a-z0-9-]+"));
    }

    @Test
    void sentimentPerCompanyComesFromTheCompanyWindows() {
        PanelRequests.Request request = PanelRequests.lens(objects, panels.get("sentiment-per-company"));
        assertThat(request.index()).isEqualTo(job.elasticsearch().windowsAlias());
        List<Map<String, Object>> rows = run(request);
        assertThat(rows).extracting(r -> r.get("company")).contains("meta", "openai");
        assertThat(rows).hasSizeGreaterThan(50).allSatisfy(r -> assertThat((Double) r.get("sentiment")).isBetween(-1.0, 1.0));

        // What the panel should draw, worked out from the company windows alone: their mean sentiment
        // averaged per company and hour. Windows of other series (company on topic, flows) must not count.
        Map<String, List<Double>> expected = new HashMap<>();
        hits(job.elasticsearch().windowsAlias(), "{\"size\":10000,\"query\":{\"term\":{\"kind\":\"company\"}},"
                        + "\"_source\":[\"company\",\"window_end\",\"mean_sentiment\"]}")
                .forEach(window -> {
                    String hour = Instant.parse(window.path("window_end").asText())
                            .truncatedTo(ChronoUnit.HOURS).toString().replace(":00Z", ":00.000Z");
                    expected.computeIfAbsent(window.path("company").asText() + " " + hour, k -> new ArrayList<>())
                            .add(window.path("mean_sentiment").asDouble());
                });
        assertThat(rows).as("every company's hours: the job watches fewer companies than the panel's top 10").hasSize(expected.size());
        for (Map<String, Object> row : rows) {
            List<Double> windows = expected.get(row.get("company") + " " + row.get("window_end"));
            assertThat(windows).as("company windows of " + row).isNotNull();
            // mean_sentiment is a float field: Elasticsearch averages the single-precision values.
            assertThat((Double) row.get("sentiment")).as(row.toString())
                    .isCloseTo(windows.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-6));
        }
    }

    @Test
    void theLanguageSplitIsEnglishAndArabic() {
        List<Map<String, Object>> rows = run(PanelRequests.lens(objects, panels.get("language-split")));
        Map<Object, Object> byLanguage = rows.stream().collect(Collectors.toMap(r -> r.get("lang"), r -> r.get("mentions")));
        // 466 mentions in the sample, less three copies of stories told before (two English, one Arabic).
        assertThat(byLanguage).containsEntry("en", 265L).containsEntry("ar", 198L);
        assertThat(byLanguage.values().stream().mapToLong(v -> (Long) v).sum()).isEqualTo(mentions);
    }

    @Test
    void topSourcesAreTheBusiestFirst() {
        List<Map<String, Object>> rows = run(PanelRequests.lens(objects, panels.get("top-sources")));
        assertThat(rows).hasSizeBetween(3, 10);
        List<Long> counts = rows.stream().map(r -> (Long) r.get("mentions")).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a)).allMatch(c -> c > 0);

        // The sources the job indexed, counted independently of the panel: its rows are the top of that list.
        Map<String, Long> perSource = hits(job.elasticsearch().mentionsAlias(), "{\"size\":10000,\"_source\":[\"source\"]}").stream()
                .collect(Collectors.groupingBy(h -> h.path("source").asText(), Collectors.counting()));
        assertThat(rows).hasSize(Math.min(10, perSource.size()));
        for (Map<String, Object> row : rows) {
            assertThat(row.get("mentions")).as(row.toString()).isEqualTo(perSource.get((String) row.get("source")));
        }
        long smallestShown = counts.get(counts.size() - 1);
        Set<Object> shown = rows.stream().map(r -> r.get("source")).collect(Collectors.toSet());
        assertThat(perSource.entrySet().stream().filter(e -> e.getValue() > smallestShown).map(Map.Entry::getKey).toList())
                .as("no busier source left out").allMatch(shown::contains);
    }

    @Test
    void latestMentionsAreNewestFirstWithLinksAndTheMatchedTermsHighlighted() {
        PanelRequests.Request request = PanelRequests.search(objects, panels.get("latest-mentions"), 100);
        JsonNode answer = es.post("/" + request.index() + "/_search?track_total_hits=true", request.body().toString());
        assertThat(answer.path("hits").path("total").path("value").asLong()).as("the highlighting query still shows every mention")
                .isEqualTo(mentions);
        List<JsonNode> hits = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hits::add);
        assertThat(hits).hasSize(100);
        List<String> published = hits.stream().map(h -> h.path("_source").path("published").asText()).toList();
        assertThat(published).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        assertThat(hits).allSatisfy(h -> assertThat(h.path("_source").path("url").asText()).startsWith("https://"));

        Set<String> watchedWords = new HashSet<>();
        Matcher phrase = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(MatchedTermsQuery.of(job));
        while (phrase.find()) {
            String watched = phrase.group(1).toLowerCase(Locale.ROOT);
            watchedWords.add(watched); // a phrase is highlighted whole
            watchedWords.addAll(List.of(watched.split("\\s+")));
        }
        Pattern marked = Pattern.compile(Pattern.quote(PanelRequests.PRE_TAG) + "(.*?)" + Pattern.quote(PanelRequests.POST_TAG));
        int highlighted = 0;
        Set<String> markedWords = new HashSet<>();
        for (JsonNode hit : hits) {
            List<String> fragments = new ArrayList<>();
            hit.path("highlight").path("title").forEach(f -> fragments.add(f.asText()));
            hit.path("highlight").path("text").forEach(f -> fragments.add(f.asText()));
            if (!fragments.isEmpty()) {
                highlighted++;
            }
            for (String fragment : fragments) {
                Matcher m = marked.matcher(fragment);
                while (m.find()) {
                    markedWords.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(highlighted).as("hits with a highlighted title or text").isGreaterThan(80);
        assertThat(markedWords).as("what is highlighted is what the job watches").isNotEmpty().isSubsetOf(watchedWords);
        assertThat(markedWords).contains("meta", "openai");
    }

    @Test
    void theSpikeListExplainsEachSpikeNewestFirst() {
        PanelRequests.Request request = PanelRequests.search(objects, panels.get("spike-list"), 1000);
        assertThat(request.index()).isEqualTo(job.elasticsearch().spikesAlias());
        List<JsonNode> spikes = hits(request);
        assertThat(spikes).extracting(s -> s.path("series").asText()).contains("company:meta", "company:openai");
        assertThat(spikes).allSatisfy(s -> {
            assertThat(s.path("explanation").path("summary").asText()).contains("mentions against");
            assertThat(s.path("phase").asText()).isIn("open", "peak", "closed");
        });
        List<String> opened = spikes.stream().map(s -> s.path("opened_at").asText()).toList();
        assertThat(opened).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
    }

    private static List<Map<String, Object>> run(PanelRequests.Request request) {
        es.count(request.index()); // refreshes
        return PanelRequests.rows(request, es.post("/" + request.index() + "/_search", request.body().toString()));
    }

    private static List<JsonNode> hits(PanelRequests.Request request) {
        return hits(request.index(), request.body().toString());
    }

    /** The {@code _source} of each hit of a search. */
    private static List<JsonNode> hits(String index, String body) {
        es.count(index);
        List<JsonNode> sources = new ArrayList<>();
        es.post("/" + index + "/_search", body).path("hits").path("hits").forEach(h -> sources.add(h.path("_source")));
        return sources;
    }

    private static String busiestHour(List<Map<String, Object>> rows, String company) {
        return rows.stream().filter(r -> company.equals(r.get("company")))
                .max((a, b) -> Long.compare((Long) a.get("mentions"), (Long) b.get("mentions")))
                .map(r -> (String) r.get("published")).orElseThrow();
    }

    private static Set<String> spikeSeries() {
        if (es.count(job.elasticsearch().spikesAlias()) == 0) {
            return Set.of();
        }
        Set<String> series = new HashSet<>();
        es.post("/" + job.elasticsearch().spikesAlias() + "/_search", "{\"size\":1000,\"_source\":[\"series\"]}")
                .path("hits").path("hits").forEach(h -> series.add(h.path("_source").path("series").asText()));
        return series;
    }

}

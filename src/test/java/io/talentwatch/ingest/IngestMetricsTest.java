package io.talentwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-feed counters: the summary line and the Prometheus endpoint. */
class IngestMetricsTest {

    private static IngestMetrics sample() {
        IngestMetrics metrics = new IngestMetrics();
        FeedMetrics rss = metrics.feed("techcrunch-ai");
        rss.polls.add(3);
        rss.notModified.increment();
        rss.published.add(12);
        rss.deadLettered("unknown format");
        rss.deadLettered("missing 'published'");
        rss.deadLettered("missing 'published'");
        rss.errors.increment();
        rss.succeeded(Instant.parse("2025-06-28T18:00:00Z"));
        FeedMetrics mastodon = metrics.feed("mastodon \"ai\"");
        mastodon.retractions.increment();
        mastodon.reconnects.add(2);
        return metrics;
    }

    @Test
    void oneSummaryLinePerFeedInTheOrderOfTheFile() {
        assertThat(sample().summaryLines()).containsExactly(
                "techcrunch-ai: 3 polls, 1 not modified, 12 published, 0 retractions, 3 dead-lettered, 1 errors, 0 reconnects",
                "mastodon \"ai\": 0 polls, 0 not modified, 0 published, 1 retractions, 0 dead-lettered, 0 errors, 2 reconnects");
    }

    @Test
    void prometheusScrapesEveryCounterByFeedAndDeadLettersByReason() throws Exception {
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(0, sample())) {
            HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
            assertThat(scrape.body()).contains(
                    "# TYPE talentwatch_ingest_polls_total counter\n",
                    "talentwatch_ingest_polls_total{feed=\"techcrunch-ai\"} 3\n",
                    "talentwatch_ingest_not_modified_total{feed=\"techcrunch-ai\"} 1\n",
                    "talentwatch_ingest_items_published_total{feed=\"techcrunch-ai\"} 12\n",
                    "talentwatch_ingest_dead_lettered_total{feed=\"techcrunch-ai\",reason=\"missing 'published'\"} 2\n",
                    "talentwatch_ingest_dead_lettered_total{feed=\"techcrunch-ai\",reason=\"unknown format\"} 1\n",
                    "talentwatch_ingest_errors_total{feed=\"techcrunch-ai\"} 1\n",
                    "talentwatch_ingest_retractions_published_total{feed=\"mastodon \\\"ai\\\"\"} 1\n",
                    "talentwatch_ingest_reconnects_total{feed=\"mastodon \\\"ai\\\"\"} 2\n",
                    "talentwatch_ingest_last_success_timestamp_seconds{feed=\"techcrunch-ai\"} 1.7511336E9\n");
            assertThat(scrape.body()).doesNotContain("last_success_timestamp_seconds{feed=\"mastodon");
        }
    }
}

package io.talentwatch.ingest;

import static io.talentwatch.ingest.Feeds.TOPICS;
import static io.talentwatch.ingest.Feeds.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.Retraction;
import io.talentwatch.ingest.RecordedServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The RSS/Atom poller against a local server answering with recorded feeds. */
class RssPollerTest {
    private static final String PATH = "/category/artificial-intelligence/feed/";
    private static final String RSS = "application/rss+xml; charset=UTF-8";
    private static final String ETAG = "W/\"5f1d-1751127611\"";
    private static final String LAST_MODIFIED = "Sat, 28 Jun 2025 16:20:11 GMT";

    private final RecordedServer server = RecordedServer.start();
    private final RecordingOutput output = new RecordingOutput();
    private final IngestMetrics metrics = new IngestMetrics();

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedConnector techcrunch(Pause pause) {
        FeedDefinition feed = Feeds.one("""
                - name: techcrunch-ai
                  connector: rss-poll
                  url: %s
                  interval: 10m
                """.formatted(server.url(PATH)));
        return Feeds.connector(feed, output, metrics, TestRuntime.with(pause));
    }

    /** The key every item of this feed gets: its guid under the feed's name. */
    private static String key(String guid) {
        return DocumentIds.of(new Retraction("techcrunch-ai", guid, Instant.EPOCH));
    }

    @Test
    void theSecondPollIsConditionalAndA304PublishesNothing() {
        server.serve(PATH, Reply.recorded(RSS, "techcrunch-ai.xml").header("ETag", ETAG).header("Last-Modified", LAST_MODIFIED).gzipped(),
                Reply.status(304));
        ScriptedPause pause = new ScriptedPause(1);

        Feeds.runUntilPauseEnds(techcrunch(pause));

        List<RecordedServer.Request> requests = server.requests(PATH);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).header("If-None-Match")).isNull();
        assertThat(requests.get(0).header("User-Agent")).startsWith("talentwatch/");
        assertThat(requests.get(0).header("Accept-Encoding")).isEqualTo("gzip");
        assertThat(requests.get(1).header("If-None-Match")).isEqualTo(ETAG);
        assertThat(requests.get(1).header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);

        // Oldest first, keyed by guid, stamped with each item's own time, on the news topic.
        assertThat(output.records()).extracting(RecordingOutput::key).containsExactly(key("https://techcrunch.com/?p=3023111"),
                key("https://techcrunch.com/?p=3023456"));
        assertThat(output.records()).extracting(OutgoingRecord::timestamp).containsExactly(
                Instant.parse("2025-06-27T19:30:00Z").toEpochMilli(), Instant.parse("2025-06-28T16:05:42Z").toEpochMilli());
        assertThat(output.records()).extracting(OutgoingRecord::topic).containsOnly(TOPICS.news());
        assertThat(RecordingOutput.json(output.records().get(1)).path("source").asText()).isEqualTo("techcrunch-ai");
        assertThat(RecordingOutput.json(output.records().get(1)).path("author").asText()).isEqualTo("Maxwell Zeff");

        FeedCounts counts = metrics.counts("techcrunch-ai");
        assertThat(counts.polls()).isEqualTo(2);
        assertThat(counts.notModified()).isEqualTo(1);
        assertThat(counts.published()).isEqualTo(2);
        assertThat(counts.errors()).isZero();
        assertThat(pause.waits()).as("the feed's interval after each success").containsExactly(minutes(10), minutes(10));
    }

    @Test
    void serverErrorsBackOffDoublingOrAsRetryAfterSaysThenTheIntervalResumes() {
        // The last two answers ignore conditional GET, as many servers do: only the new item goes out.
        server.serve(PATH, Reply.status(500), Reply.status(502), Reply.status(503).header("Retry-After", "300"),
                Reply.recorded(RSS, "techcrunch-ai.xml"), Reply.recorded(RSS, "techcrunch-ai-later.xml"));
        ScriptedPause pause = new ScriptedPause(4);

        Feeds.runUntilPauseEnds(techcrunch(pause));

        assertThat(pause.waits()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofSeconds(300),
                minutes(10), minutes(10));
        assertThat(output.records()).extracting(RecordingOutput::key).containsExactly(key("https://techcrunch.com/?p=3023111"),
                key("https://techcrunch.com/?p=3023456"), key("https://techcrunch.com/?p=3023502"));
        FeedCounts counts = metrics.counts("techcrunch-ai");
        assertThat(counts.errors()).isEqualTo(3);
        assertThat(counts.polls()).isEqualTo(5);
        assertThat(counts.deadLettered()).as("an HTTP error is not input").isZero();
        assertThat(counts.lastSuccess()).isEqualTo(TestRuntime.NOW);
    }

    @Test
    void anUnreachableServerIsAnErrorBackedOffNeverADeadLetter() {
        FeedDefinition feed = Feeds.one("""
                - name: gone
                  connector: rss-poll
                  url: http://127.0.0.1:1/feed
                  interval: 20s
                """);
        ScriptedPause pause = new ScriptedPause(1);

        Feeds.runUntilPauseEnds(Feeds.connector(feed, output, metrics, TestRuntime.with(pause)));

        assertThat(pause.waits()).as("backoff from the interval, as it is under a minute").containsExactly(
                Duration.ofSeconds(20), Duration.ofSeconds(40));
        assertThat(metrics.counts("gone").errors()).isEqualTo(2);
        assertThat(output.records()).isEmpty();
    }

    @Test
    void aRecordKafkaRefusedGoesOutAgainWithTheNextPoll() {
        server.serve(PATH, Reply.recorded(RSS, "techcrunch-ai.xml"));
        output.refuseNext(1);

        Feeds.runUntilPauseEnds(techcrunch(new ScriptedPause(1)));

        assertThat(output.records()).extracting(RecordingOutput::key).containsExactly(key("https://techcrunch.com/?p=3023456"),
                key("https://techcrunch.com/?p=3023111"));
        assertThat(metrics.counts("techcrunch-ai").publishFailures()).isEqualTo(1);
        assertThat(metrics.counts("techcrunch-ai").summary()).endsWith(", 1 NOT accepted by Kafka");
    }

    @Test
    void aServerSayingRetryNowIsRetriedAfterTheBackoffNotAtOnce() {
        server.serve(PATH, Reply.status(503).header("Retry-After", "0"), Reply.status(503).header("Retry-After", "Sat, 28 Jun 2025 17:00:00 GMT"));
        ScriptedPause pause = new ScriptedPause(1);

        Feeds.runUntilPauseEnds(techcrunch(pause));

        assertThat(pause.waits()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2));
    }

    @Test
    void aServerGivingOnlyLastModifiedGetsIfModifiedSinceAlone() {
        server.serve(PATH, Reply.recorded(RSS, "techcrunch-ai.xml").header("Last-Modified", LAST_MODIFIED), Reply.status(304));

        Feeds.runUntilPauseEnds(techcrunch(new ScriptedPause(1)));

        List<RecordedServer.Request> requests = server.requests(PATH);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(requests.get(1).header("If-None-Match")).isNull();
        assertThat(metrics.counts("techcrunch-ai").notModified()).isEqualTo(1);
    }

    @Test
    void aDocumentKafkaRefusedPartOfIsFetchedWholeAgainNotAnsweredWith304() {
        // A server that honours conditional GET: had the poller kept the validators, every later poll would be a 304.
        server.serve(PATH, Reply.recorded(RSS, "techcrunch-ai.xml").header("ETag", ETAG).header("Last-Modified", LAST_MODIFIED),
                Reply.recorded(RSS, "techcrunch-ai.xml").header("ETag", ETAG).header("Last-Modified", LAST_MODIFIED), Reply.status(304));
        output.refuseNext(1);

        Feeds.runUntilPauseEnds(techcrunch(new ScriptedPause(2)));

        List<RecordedServer.Request> requests = server.requests(PATH);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).header("If-None-Match")).as("the refused document is asked for unconditionally").isNull();
        assertThat(requests.get(1).header("If-Modified-Since")).isNull();
        assertThat(requests.get(2).header("If-None-Match")).as("once all of it went out, conditionally").isEqualTo(ETAG);
        assertThat(output.records()).extracting(RecordingOutput::key).containsExactly(key("https://techcrunch.com/?p=3023456"),
                key("https://techcrunch.com/?p=3023111"));
    }

    @Test
    void aServerTricklingItsResponseIsCutAtTheRequestDeadline() {
        server.serve(PATH, Reply.recorded(RSS, "techcrunch-ai.xml").trickled(100));
        HttpFetcher fetcher = new HttpFetcher(HttpFetcher.MAX_BODY_BYTES, Duration.ofSeconds(5), Duration.ofSeconds(2));

        long started = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetcher.get(java.net.URI.create(server.url(PATH)), java.util.Map.of()))
                .isInstanceOf(java.net.http.HttpTimeoutException.class).hasMessageContaining("longer than 2s");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }
}

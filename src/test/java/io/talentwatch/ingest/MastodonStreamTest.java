package io.talentwatch.ingest;

import static io.talentwatch.ingest.Feeds.TOPICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.Retraction;
import io.talentwatch.ingest.RecordedServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Mastodon stream against a local server answering with recorded server-sent events and REST pages. */
class MastodonStreamTest {
    private static final String STREAM = "/api/v1/streaming/hashtag";
    private static final String TAG_TIMELINE = "/api/v1/timelines/tag/AIhiring";
    private static final String SSE = "text/event-stream";
    private static final String JSON = "application/json; charset=utf-8";

    private final RecordedServer server = RecordedServer.start();
    private final RecordingOutput output = new RecordingOutput();
    private final IngestMetrics metrics = new IngestMetrics();

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedDefinition aiHiring(String channel) {
        return Feeds.one("""
                - name: mastodon-ai-hiring
                  connector: mastodon-stream
                  server: %s
                  %s
                  access-token-env: MASTODON_TOKEN
                """.formatted(server.base(), channel));
    }

    private FeedConnector connector(FeedDefinition feed, Pause pause, Duration idleTimeout) {
        return Feeds.connector(feed, output, metrics, TestRuntime.with(pause, Map.of("MASTODON_TOKEN", "t0ken"), idleTimeout));
    }

    private static String key(String statusId) {
        return DocumentIds.of(new Retraction("mastodon-ai-hiring", statusId, Instant.EPOCH));
    }

    @Test
    void updatesEditsAndDeletesThenAReconnectBackfillsTheGapWithoutDuplicates() {
        server.serve(STREAM, Reply.recorded(SSE, "mastodon-stream-aihiring.txt"), Reply.recorded(SSE, "mastodon-stream-aihiring-resumed.txt"))
                .serve(TAG_TIMELINE, Reply.recorded(JSON, "mastodon-tag-aihiring-since-102.json"));
        ScriptedPause pause = new ScriptedPause(1);

        Feeds.runUntilPauseEnds(connector(aiHiring("hashtags: [AIhiring]"), pause, Duration.ofSeconds(5)));

        List<OutgoingRecord> records = output.on(TOPICS.social());
        assertThat(records).extracting(RecordingOutput::key).containsExactly(
                key("114760000000000101"), key("114760000000000101"), key("114760000000000102"), key("114760000000000102"), // stream
                key("114760000000000104"), key("114760000000000105"), // backfill, oldest first
                key("114760000000000106")); // the resumed stream; 105 again is not published twice
        assertThat(RecordingOutput.json(records.get(1)).path("text").asText()).as("the edit replaces the update").contains("nine this month");
        JsonNode deleted = RecordingOutput.json(records.get(3));
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(deleted.path("id").asText()).isEqualTo("114760000000000102");
        assertThat(records.get(3).timestamp()).as("a delete is stamped when seen").isEqualTo(TestRuntime.NOW.toEpochMilli());
        assertThat(records.get(2).timestamp()).as("a status by its own time").isEqualTo(Instant.parse("2025-06-28T16:12:05Z").toEpochMilli());

        List<RecordedServer.Request> streams = server.requests(STREAM);
        assertThat(streams).hasSize(2);
        assertThat(streams.get(0).uri().getRawQuery()).isEqualTo("tag=AIhiring");
        assertThat(streams.get(0).header("Authorization")).isEqualTo("Bearer t0ken");
        assertThat(streams.get(0).header("Accept")).isEqualTo(SSE);
        RecordedServer.Request backfill = server.requests(TAG_TIMELINE).get(0);
        assertThat(backfill.uri().getRawQuery()).isEqualTo("min_id=114760000000000102&limit=40");
        assertThat(server.requests()).extracting(r -> r.uri().getPath()).as("the backfill once the stream is open again: no gap between them")
                .containsExactly(STREAM, STREAM, TAG_TIMELINE);
        assertThat(backfill.header("Authorization")).isEqualTo("Bearer t0ken");

        assertThat(pause.waits()).as("the first reconnect after the stream delivered: the backoff's start")
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        FeedCounts counts = metrics.counts("mastodon-ai-hiring");
        assertThat(counts.published()).isEqualTo(6);
        assertThat(counts.retractions()).isEqualTo(1);
        assertThat(counts.reconnects()).isEqualTo(1);
        assertThat(counts.polls()).as("the one backfill page").isEqualTo(1);
    }

    @Test
    void aStreamThatFailsToOpenBacksOffDoublingUntilItOpens() {
        server.serve(STREAM, Reply.status(502), Reply.status(502), Reply.status(503).header("Retry-After", "20"),
                Reply.recorded(SSE, "mastodon-stream-aihiring.txt"));
        ScriptedPause pause = new ScriptedPause(3);

        Feeds.runUntilPauseEnds(connector(aiHiring("hashtags: [AIhiring]"), pause, Duration.ofSeconds(5)));

        assertThat(pause.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertThat(metrics.counts("mastodon-ai-hiring").errors()).isEqualTo(3);
        assertThat(output.records()).hasSize(4);
    }

    @Test
    void aStreamThatGoesSilentIsDroppedAfterTheIdleTimeoutAndBackfilled() throws Exception {
        byte[] oneUpdate = java.nio.file.Files.readString(RecordedServer.RECORDED.resolve("mastodon-stream-aihiring.txt"))
                .split("\n:thump\n")[0].concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.serve(STREAM, Reply.ok(SSE, oneUpdate).thenHold())
                .serve(TAG_TIMELINE, Reply.ok(JSON, "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        long started = System.nanoTime();
        connector(aiHiring("hashtags: [AIhiring]"), new ScriptedPause(0), Duration.ofSeconds(1)).runOnce(Duration.ofSeconds(30));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(output.records()).extracting(RecordingOutput::key).containsExactly(key("114760000000000101"));
        assertThat(metrics.counts("mastodon-ai-hiring").errors()).as("the silent stream").isEqualTo(1);
        assertThat(server.requests(TAG_TIMELINE).get(0).uri().getRawQuery()).isEqualTo("min_id=114760000000000101&limit=40");
    }

    @Test
    void onceReadsALiveStreamForItsLimitOnlyAndTheLocalTimelineHasItsOwnPaths() throws Exception {
        server.serve("/api/v1/streaming/public/local", Reply.recorded(SSE, "mastodon-stream-aihiring.txt").thenHold())
                .serve("/api/v1/timelines/public", Reply.ok(JSON, "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        long started = System.nanoTime();
        connector(aiHiring("timeline: public:local"), new ScriptedPause(0), Duration.ofSeconds(30)).runOnce(Duration.ofSeconds(2));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
        assertThat(output.records()).hasSize(4);
        assertThat(metrics.counts("mastodon-ai-hiring").errors()).as("reaching the limit is no error").isZero();
        assertThat(server.requests("/api/v1/timelines/public").get(0).uri().getRawQuery())
                .isEqualTo("local=true&min_id=114760000000000102&limit=40");
    }

    @Test
    void aTokenVariableThatIsNotSetStopsTheFeedBeforeAnyRequest() {
        FeedDefinition feed = aiHiring("hashtags: [AIhiring]");
        assertThatThrownBy(() -> Feeds.connector(feed, output, metrics, TestRuntime.with(new ScriptedPause(0), Map.of(), Duration.ofSeconds(5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feed 'mastodon-ai-hiring': access-token-env names MASTODON_TOKEN, which is not set in the environment");
    }

    /** Statuses 200+from ... 200+to-1, newest first, as a timeline page lists them. */
    private static byte[] page(int from, int to) {
        StringBuilder json = new StringBuilder("[");
        for (int n = to - 1; n >= from; n--) {
            json.append(json.length() > 1 ? "," : "").append("{\"id\":\"114760000000000").append(200 + n)
                    .append("\",\"created_at\":\"").append(Instant.parse("2025-06-28T17:00:00Z").plusSeconds(60L * n)).append("\",")
                    .append("\"content\":\"<p>status ").append(n).append("</p>\",\"account\":{\"acct\":\"bot\"}}");
        }
        return json.append("]").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aLongGapIsBackfilledPageByPageForwardFromTheLastStatusSeen() throws Exception {
        // min_id: the 40 statuses just after the last one seen come first, then the next 40 after those.
        server.serve(STREAM, Reply.recorded(SSE, "mastodon-stream-aihiring.txt"))
                .serve(TAG_TIMELINE, Reply.ok(JSON, page(0, 40)), Reply.ok(JSON, page(40, 43)));

        connector(aiHiring("hashtags: [AIhiring]"), new ScriptedPause(0), Duration.ofSeconds(5)).runOnce(Duration.ofSeconds(10));

        List<RecordedServer.Request> pages = server.requests(TAG_TIMELINE);
        assertThat(pages).extracting(r -> r.uri().getRawQuery()).containsExactly("min_id=114760000000000102&limit=40",
                "min_id=114760000000000239&limit=40");
        List<OutgoingRecord> backfilled = output.records().subList(4, output.records().size());
        assertThat(backfilled).hasSize(43);
        assertThat(backfilled).extracting(OutgoingRecord::timestamp).isSorted();
        assertThat(backfilled.get(0).key()).isEqualTo(key("114760000000000200").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aGapLongerThanThePageLimitKeepsItsOldestStatusesAndTheRestIsFetchedNextTime() throws Exception {
        Reply[] pages = new Reply[MastodonBackfill.MAX_PAGES + 1];
        for (int p = 0; p < pages.length; p++) {
            pages[p] = Reply.ok(JSON, page(p * 40, p * 40 + (p < MastodonBackfill.MAX_PAGES ? 40 : 1)));
        }
        server.serve(STREAM, Reply.recorded(SSE, "mastodon-stream-aihiring.txt"), Reply.recorded(SSE, "mastodon-stream-aihiring-resumed.txt"))
                .serve(TAG_TIMELINE, pages);

        Feeds.runUntilPauseEnds(connector(aiHiring("hashtags: [AIhiring]"), new ScriptedPause(2), Duration.ofSeconds(5)));

        List<String> queries = server.requests(TAG_TIMELINE).stream().map(r -> r.uri().getRawQuery()).toList();
        assertThat(queries).hasSize(MastodonBackfill.MAX_PAGES + 1);
        assertThat(queries.get(0)).isEqualTo("min_id=114760000000000102&limit=40");
        assertThat(queries.get(MastodonBackfill.MAX_PAGES)).as("the next reconnect goes on from the last page fetched, not from the stream's "
                + "newest status").isEqualTo("min_id=114760000000000399&limit=40");
        assertThat(output.on(Feeds.TOPICS.social()).stream().map(RecordingOutput::key).toList())
                .as("the oldest of the gap are kept").contains(key("114760000000000200"), key("114760000000000400"));
    }

    @Test
    void aFailedBackfillIsAskedForAgainAtTheNextReconnect() {
        server.serve(STREAM, Reply.recorded(SSE, "mastodon-stream-aihiring.txt"), Reply.recorded(SSE, "mastodon-stream-aihiring-resumed.txt"))
                .serve(TAG_TIMELINE, Reply.status(500), Reply.recorded(JSON, "mastodon-tag-aihiring-since-102.json"));

        Feeds.runUntilPauseEnds(connector(aiHiring("hashtags: [AIhiring]"), new ScriptedPause(2), Duration.ofSeconds(5)));

        assertThat(server.requests(TAG_TIMELINE)).extracting(r -> r.uri().getRawQuery()).as("not from 106, the resumed stream's newest")
                .containsExactly("min_id=114760000000000102&limit=40", "min_id=114760000000000102&limit=40");
        assertThat(output.on(Feeds.TOPICS.social())).extracting(RecordingOutput::key).contains(key("114760000000000104"));
    }

    @Test
    void aBackfillKafkaRefusedIsAskedForAgainAtTheNextReconnect() {
        server.serve(STREAM, Reply.recorded(SSE, "mastodon-stream-aihiring.txt"), Reply.recorded(SSE, "mastodon-stream-aihiring-resumed.txt"))
                .serve(TAG_TIMELINE, Reply.recorded(JSON, "mastodon-tag-aihiring-since-102.json"));
        FeedDefinition feed = aiHiring("hashtags: [AIhiring]");
        RecordingOutput refusing = new RecordingOutput();
        refusing.refuseSend(5); // the first stream sends 4 records; the 5th is the backfill's first

        Feeds.runUntilPauseEnds(Feeds.connector(feed, refusing, metrics, TestRuntime.with(new ScriptedPause(2),
                Map.of("MASTODON_TOKEN", "t0ken"), Duration.ofSeconds(5))));

        assertThat(server.requests(TAG_TIMELINE)).extracting(r -> r.uri().getRawQuery())
                .containsExactly("min_id=114760000000000102&limit=40", "min_id=114760000000000102&limit=40");
        assertThat(refusing.on(Feeds.TOPICS.social())).extracting(RecordingOutput::key).contains(key("114760000000000104"), key("114760000000000105"));
    }

    @Test
    void aStreamServerSayingRetryNowIsReopenedAfterTheBackoff() {
        server.serve(STREAM, Reply.status(503).header("Retry-After", "0"));
        ScriptedPause pause = new ScriptedPause(2);

        Feeds.runUntilPauseEnds(connector(aiHiring("hashtags: [AIhiring]"), pause, Duration.ofSeconds(5)));

        assertThat(pause.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
}

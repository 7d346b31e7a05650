package io.talentwatch.ingest;

import static io.talentwatch.ingest.Feeds.TOPICS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.Retraction;
import io.talentwatch.ingest.RecordedServer.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input a server can send, each a dead letter with its feed, URL, reason and raw
 * bytes, each counted; none stops the ingester, which publishes the good items around them.
 */
class IngestBadInputTest {
    private static final String RSS = "application/rss+xml";
    private static final String JSON = "application/json";

    private final RecordedServer server = RecordedServer.start();
    private final RecordingOutput output = new RecordingOutput();

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] recorded(String file) throws Exception {
        return Files.readAllBytes(RecordedServer.RECORDED.resolve(file));
    }

    private String rss(String name) {
        return "  - {name: " + name + ", connector: rss-poll, url: '" + server.url("/" + name) + "'}\n";
    }

    private String reddit(String name) {
        return "  - {name: " + name + ", connector: reddit-poll, server: '" + server.url("/" + name) + "', subreddit: MachineLearning}\n";
    }

    /** The dead letters of a feed, by their JSON. */
    private List<JsonNode> deadLetters(String feed) {
        return output.on(TOPICS.deadLetter()).stream().filter(r -> RecordingOutput.key(r).equals(feed)).map(RecordingOutput::json).toList();
    }

    private static byte[] raw(JsonNode letter) {
        return Base64.getDecoder().decode(letter.path("raw_base64").asText());
    }

    @Test
    void eachBadResponseEntryOrEventIsADeadLetterAndTheGoodItemsStillGoOut() throws Exception {
        String oversizeItem = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Long reads</title>"
                + "<link>https://long.example/</link><description>d</description>"
                + "<item><title>Meta hires again</title><link>https://long.example/short</link><pubDate>Sat, 28 Jun 2025 09:00:00 GMT</pubDate></item>"
                + "<item><title>The longest article</title><link>https://long.example/long</link><pubDate>Sat, 28 Jun 2025 10:00:00 GMT</pubDate>"
                + "<description>" + "talent war ".repeat(110_000) + "</description></item></channel></rss>";
        byte[] hugeBody = new byte[HttpFetcher.MAX_BODY_BYTES + 1024 * 1024];
        java.util.Arrays.fill(hugeBody, (byte) ' ');
        System.arraycopy("<rss version=\"2.0\">".getBytes(StandardCharsets.US_ASCII), 0, hugeBody, 0, 19);
        server.serve("/cut-off-xml/r/MachineLearning/new.json", Reply.status(404)) // never asked: keeps paths apart
                .serve("/cut-off-xml", Reply.recorded(RSS, "bad/cut-off.xml"))
                .serve("/html-page", Reply.recorded("text/html; charset=UTF-8", "bad/login.html"))
                .serve("/json-not-rss", Reply.recorded(JSON, "reddit-machinelearning-new.json"))
                .serve("/latin1-bytes", Reply.recorded("text/xml", "bad/latin1-declared-utf8.xml"))
                .serve("/dates", Reply.recorded(RSS, "bad/dates.xml"))
                .serve("/oversize-item", Reply.ok(RSS, oversizeItem.getBytes(StandardCharsets.UTF_8)))
                .serve("/oversize-body", Reply.ok(RSS, hugeBody))
                .serve("/reddit-cut-off/r/MachineLearning/new.json", Reply.recorded(JSON, "bad/cut-off.json"))
                .serve("/reddit-blocked/r/MachineLearning/new.json", Reply.recorded("text/html", "bad/reddit-blocked.html"))
                .serve("/reddit-bad-date/r/MachineLearning/new.json", Reply.recorded(JSON, "bad/reddit-bad-date.json"))
                .serve("/api/v1/streaming/hashtag", Reply.recorded("text/event-stream", "bad/mastodon-stream-bad-events.txt"))
                .serve("/api/v1/timelines/tag/AIhiring", Reply.ok(JSON, "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8)))
                .serve("/good", Reply.recorded(RSS, "techcrunch-ai.xml"));
        String yaml = "feeds:\n" + rss("cut-off-xml") + rss("html-page") + rss("json-not-rss") + rss("latin1-bytes") + rss("dates")
                + rss("oversize-item") + rss("oversize-body") + reddit("reddit-cut-off") + reddit("reddit-blocked") + reddit("reddit-bad-date")
                + "  - {name: mastodon-bad, connector: mastodon-stream, server: '" + server.base() + "', hashtags: [AIhiring]}\n"
                + rss("good");
        Ingester ingester = new Ingester(FeedDefinitions.parse(yaml, "bad.yaml").live(), TOPICS, output, TestRuntime.with(new ScriptedPause(0)));

        ingester.runOnce(Duration.ofSeconds(10));

        Map<String, List<String>> reasons = output.on(TOPICS.deadLetter()).stream().map(RecordingOutput::json).collect(Collectors.groupingBy(
                l -> l.path("origin").asText().split(" ")[0], java.util.TreeMap::new, Collectors.mapping(l -> l.path("reason").asText(), Collectors.toList())));
        assertThat(reasons).containsOnlyKeys("cut-off-xml", "html-page", "json-not-rss", "latin1-bytes", "dates", "oversize-item",
                "oversize-body", "reddit-cut-off", "reddit-blocked", "reddit-bad-date", "mastodon-bad");
        assertThat(reasons.get("cut-off-xml")).singleElement().asString().startsWith("not a readable RSS or Atom feed");
        assertThat(reasons.get("html-page")).containsExactly("unknown format: expected rss, got text/html; charset=UTF-8 starting "
                + "'<!DOCTYPE html> <html lang=\"en\"> <head><meta charset=\"utf-8\"><title>Just a momen…'");
        assertThat(reasons.get("json-not-rss")).singleElement().asString().startsWith("unknown format: expected rss, got application/json starting '{\"kind\": \"Listing\"");
        assertThat(reasons.get("latin1-bytes")).singleElement().asString().startsWith("not valid UTF-8");
        assertThat(reasons.get("dates")).as("Rome reads an unparseable date as none").containsExactly("missing 'published'", "missing 'published'");
        assertThat(reasons.get("oversize-item")).singleElement().asString().startsWith("over the 1048576-byte limit");
        assertThat(reasons.get("oversize-body")).containsExactly("over the 16777216-byte response limit: the rest was not read");
        assertThat(reasons.get("reddit-cut-off")).singleElement().asString().startsWith("not valid JSON");
        assertThat(reasons.get("reddit-blocked")).singleElement().asString().startsWith("unknown format: expected reddit, got text/html starting '<!doctype html>");
        assertThat(reasons.get("reddit-bad-date")).containsExactly("'created_utc' must be seconds since 1970: \"2025-06-28 13:15\"");
        assertThat(reasons.get("mastodon-bad")).extracting(r -> r.replaceFirst(":.*", "")).containsExactlyInAnyOrder(
                "not valid JSON", "not valid UTF-8", "'created_at' is not an ISO-8601 time with offset", "unknown format");

        // Each carries its stage, feed and URL, and the raw bytes (cut at the dead letter's limit).
        for (JsonNode letter : output.on(TOPICS.deadLetter()).stream().map(RecordingOutput::json).toList()) {
            assertThat(letter.path("stage").asText()).isEqualTo("ingest");
            assertThat(letter.path("origin").asText()).matches("[a-z0-9-]+ http://127\\.0\\.0\\.1:\\d+/.*");
            assertThat(letter.path("raw_base64").asText()).isNotEmpty();
        }
        assertThat(raw(deadLetters("html-page").get(0))).isEqualTo(recorded("bad/login.html"));
        assertThat(raw(deadLetters("latin1-bytes").get(0))).as("the bytes as sent, not decoded").isEqualTo(recorded("bad/latin1-declared-utf8.xml"));
        JsonNode huge = deadLetters("oversize-body").get(0);
        assertThat(huge.path("raw_truncated").asBoolean()).isTrue();
        assertThat(huge.path("raw_bytes").asLong()).isEqualTo(HttpFetcher.MAX_BODY_BYTES);
        assertThat(new String(raw(huge), StandardCharsets.US_ASCII)).startsWith("<rss version=\"2.0\">");
        assertThat(deadLetters("dates").get(0).path("raw_text").asText()).contains("Apple loses its head of foundation models");
        assertThat(deadLetters("mastodon-bad")).filteredOn(l -> l.path("reason").asText().startsWith("not valid UTF-8")).singleElement()
                .satisfies(l -> assertThat(raw(l)).contains((byte) 0xfc));
        // The backfill resumes after the last status id the stream carried, even one whose status was unreadable.
        assertThat(deadLetters("mastodon-bad")).filteredOn(l -> l.path("reason").asText().startsWith("unknown format")).singleElement()
                .satisfies(l -> assertThat(l.path("origin").asText()).contains("/api/v1/timelines/tag/AIhiring?min_id=114760000000000113&"));

        // The good items of every feed went out, the good feed's whole.
        assertThat(output.on(TOPICS.news())).extracting(r -> RecordingOutput.json(r).path("source").asText() + " " + RecordingOutput.json(r).path("title").asText())
                .containsExactlyInAnyOrder("dates xAI hires two Tesla Autopilot engineers", "oversize-item Meta hires again",
                        "good OpenAI reportedly gives staff a week off as talent war heats up",
                        "good Meta hires three more OpenAI researchers for its superintelligence lab");
        assertThat(output.on(TOPICS.social())).extracting(RecordingOutput::key).containsExactlyInAnyOrder(
                DocumentIds.of(new Retraction("reddit-bad-date", "t3_1lmw8kq", Instant.EPOCH)),
                DocumentIds.of(new Retraction("mastodon-bad", "114760000000000104", Instant.EPOCH)),
                DocumentIds.of(new Retraction("mastodon-bad", "114760000000000105", Instant.EPOCH)));

        // Counted by feed and reason; nothing of this is an HTTP error.
        IngestMetrics metrics = ingester.metrics();
        assertThat(metrics.counts("mastodon-bad").deadLetteredByReason()).containsOnly(Map.entry("not valid JSON", 1L),
                Map.entry("not valid UTF-8", 1L), Map.entry("'created_at' is not an ISO-8601 time with offset", 1L), Map.entry("unknown format", 1L));
        assertThat(metrics.counts("oversize-body").deadLetteredByReason()).containsOnly(Map.entry("over the 16777216-byte response limit", 1L));
        assertThat(metrics.counts()).allSatisfy(c -> assertThat(c.errors()).as(c.feed()).isZero());
        assertThat(metrics.counts().stream().mapToLong(FeedCounts::deadLettered).sum()).isEqualTo(output.on(TOPICS.deadLetter()).size());
    }

    @Test
    void aFeedThatSendsGarbageKeepsBeingPolledAndPublishesWhenItRecovers() throws Exception {
        server.serve("/feed", Reply.recorded(RSS, "bad/cut-off.xml"), Reply.recorded("text/html", "bad/login.html"),
                Reply.recorded(RSS, "bad/latin1-declared-utf8.xml"), Reply.recorded(RSS, "techcrunch-ai.xml"));
        FeedDefinition feed = Feeds.one("- {name: flaky, connector: rss-poll, url: '" + server.url("/feed") + "', interval: 5m}");
        IngestMetrics metrics = new IngestMetrics();
        ScriptedPause pause = new ScriptedPause(3);

        Feeds.runUntilPauseEnds(Feeds.connector(feed, output, metrics, TestRuntime.with(pause)));

        assertThat(output.on(TOPICS.deadLetter())).hasSize(3);
        assertThat(output.on(TOPICS.news())).hasSize(2);
        assertThat(pause.waits()).as("bad input is no reason to back off").containsOnly(Duration.ofMinutes(5));
        assertThat(metrics.counts("flaky").deadLettered()).isEqualTo(3);
    }

    @Test
    void theSameBrokenDocumentIsDeadLetteredOncePerRunNotEveryPoll() {
        server.serve("/feed", Reply.recorded(RSS, "bad/cut-off.xml"));
        FeedDefinition feed = Feeds.one("- {name: stuck, connector: rss-poll, url: '" + server.url("/feed") + "', interval: 5m}");
        IngestMetrics metrics = new IngestMetrics();

        Feeds.runUntilPauseEnds(Feeds.connector(feed, output, metrics, TestRuntime.with(new ScriptedPause(2))));

        assertThat(server.requests("/feed")).hasSize(3);
        assertThat(output.on(TOPICS.deadLetter())).hasSize(1);
    }

    @Test
    void anItemDatedMoreThanADayAheadIsADeadLetterNotAWatermarkJump() {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title><link>https://f.example/</link>"
                + "<description>d</description>"
                + "<item><title>Dated next year</title><link>https://f.example/a</link><pubDate>Sun, 28 Jun 2026 09:00:00 GMT</pubDate></item>"
                + "<item><title>Skewed by an hour</title><link>https://f.example/b</link><pubDate>Sat, 28 Jun 2025 19:00:00 GMT</pubDate></item>"
                + "</channel></rss>";
        server.serve("/feed", Reply.ok(RSS, rss.getBytes(StandardCharsets.UTF_8)));
        FeedDefinition feed = Feeds.one("- {name: ahead, connector: rss-poll, url: '" + server.url("/feed") + "'}");

        Feeds.runUntilPauseEnds(Feeds.connector(feed, output, new IngestMetrics(), TestRuntime.with(new ScriptedPause(0))));

        assertThat(deadLetters("ahead")).extracting(l -> l.path("reason").asText()).containsExactly("'published' is in the future: 2026-06-28T09:00:00Z");
        assertThat(output.on(TOPICS.news())).extracting(r -> RecordingOutput.json(r).path("title").asText()).containsExactly("Skewed by an hour");
    }
}

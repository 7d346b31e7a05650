package io.talentwatch.ingest;

import static io.talentwatch.ingest.Feeds.TOPICS;
import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.Retraction;
import io.talentwatch.ingest.RecordedServer.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The subreddit poller against a local server answering with a recorded listing. */
class RedditPollerTest {
    private static final String PATH = "/r/MachineLearning/new.json";
    private static final String JSON = "application/json; charset=UTF-8";

    private final RecordedServer server = RecordedServer.start();
    private final RecordingOutput output = new RecordingOutput();
    private final IngestMetrics metrics = new IngestMetrics();

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedConnector redditMl(Pause pause) {
        FeedDefinition feed = Feeds.one("""
                - name: reddit-ml
                  connector: reddit-poll
                  server: %s
                  subreddit: MachineLearning
                  interval: 2m
                  user-agent: "talentwatch/0.1 (test by /u/nobody)"
                """.formatted(server.base()));
        return Feeds.connector(feed, output, metrics, TestRuntime.with(pause));
    }

    private static String key(String name) {
        return DocumentIds.of(new Retraction("reddit-ml", name, Instant.EPOCH));
    }

    @Test
    void theNewestPostsWithTheConfiguredUserAgentOldestFirst() throws Exception {
        server.serve(PATH, Reply.recorded(JSON, "reddit-machinelearning-new.json"));

        redditMl(new ScriptedPause(0)).runOnce(Duration.ZERO);

        RecordedServer.Request request = server.requests(PATH).get(0);
        assertThat(request.uri().getRawQuery()).isEqualTo("limit=100&raw_json=1");
        assertThat(request.header("User-Agent")).isEqualTo("talentwatch/0.1 (test by /u/nobody)");
        assertThat(output.records()).extracting(RecordingOutput::key)
                .containsExactly(key("t3_1lmu7ab"), key("t3_1lmv2xd"), key("t3_1lmw8kq"));
        assertThat(output.records()).extracting(OutgoingRecord::topic).containsOnly(TOPICS.social());
        OutgoingRecord newest = output.records().get(2);
        assertThat(newest.timestamp()).isEqualTo(Instant.parse("2025-06-28T17:05:10Z").toEpochMilli());
        assertThat(RecordingOutput.json(newest).path("text").asText())
                .as("raw_json=1: the text as written").contains("> $100M & rising");
        assertThat(metrics.counts("reddit-ml").published()).isEqualTo(3);
    }

    @Test
    void a429WaitsForRetryAfterAndAnExhaustedRateLimitForItsReset() {
        server.serve(PATH, Reply.status(429).header("Retry-After", "90"),
                Reply.recorded(JSON, "reddit-machinelearning-new.json").header("x-ratelimit-remaining", "0.0")
                        .header("x-ratelimit-used", "100").header("x-ratelimit-reset", "300"),
                Reply.status(429).header("x-ratelimit-remaining", "0").header("x-ratelimit-reset", "75"),
                Reply.recorded(JSON, "reddit-machinelearning-new.json").header("x-ratelimit-remaining", "99.0")
                        .header("x-ratelimit-reset", "300"));
        ScriptedPause pause = new ScriptedPause(3);

        Feeds.runUntilPauseEnds(redditMl(pause));

        assertThat(pause.waits()).containsExactly(Duration.ofSeconds(90), Duration.ofSeconds(300), Duration.ofSeconds(75),
                Duration.ofMinutes(2));
        assertThat(output.records()).as("the second listing repeats the first: nothing twice").hasSize(3);
        assertThat(metrics.counts("reddit-ml").errors()).isEqualTo(2);
    }

    @Test
    void a429SayingRetryNowStillWaitsTheBackoff() {
        server.serve(PATH, Reply.status(429).header("Retry-After", "0"),
                Reply.status(429).header("x-ratelimit-remaining", "0").header("x-ratelimit-reset", "0"));
        ScriptedPause pause = new ScriptedPause(1);

        Feeds.runUntilPauseEnds(redditMl(pause));

        assertThat(pause.waits()).as("the backoff, not an immediate retry").containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2));
    }
}

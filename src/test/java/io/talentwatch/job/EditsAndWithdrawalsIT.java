package io.talentwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.Retraction;
import io.talentwatch.feed.format.FeedContext;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.model.SourceKind;
import io.talentwatch.replay.Replayer;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.setup.Setup;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.KafkaRecords;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.TestJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Mastodon stream's edit and delete, and a syndicated copy, through the real job into the real
 * Elasticsearch: the edit replaces the post without counting it twice, the delete marks it deleted
 * and takes it out of the dashboard's counts, and the copy of a story is neither indexed nor counted.
 */
class EditsAndWithdrawalsIT {
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String SERVER = "sigmoid.example";

    private static final String STREAM = """
            event: update
            data: {"id":"1001","created_at":"2025-06-28T16:00:00.000Z","language":"en","url":"https://sigmoid.example/@kira/1001","content":"<p>OpenAI will shut down for a week after Meta poached researchers.</p>","account":{"acct":"kira"}}

            event: status.update
            data: {"id":"1001","created_at":"2025-06-28T16:00:00.000Z","edited_at":"2025-06-28T16:05:00.000Z","language":"en","url":"https://sigmoid.example/@kira/1001","content":"<p>OpenAI will shut down for a week after Meta poached several researchers.</p>","account":{"acct":"kira"}}

            event: update
            data: {"id":"1002","created_at":"2025-06-28T16:10:00.000Z","language":"en","url":"https://sigmoid.example/@omar/1002","content":"<p>Meta hired two more OpenAI researchers today.</p>","account":{"acct":"omar"}}

            """;

    /** A story, its syndicated copy (same link, another source) and a later item that moves the watermark past both. */
    private static final String ARTICLES = """
            {"id":"w-1","source":"Wire","url":"https://wire.example/openai-meta","title":"OpenAI staff leave for Meta","text":"OpenAI researchers joined Meta.","published":"2025-06-28T16:20:00Z"}
            {"id":"p-9","source":"Portal","url":"https://WIRE.example/openai-meta/?utm_source=portal","title":"OpenAI staff leave for Meta (Wire)","text":"OpenAI researchers joined Meta.","published":"2025-06-28T16:30:00Z"}
            {"id":"w-2","source":"Wire","url":"https://wire.example/google-hires","title":"Google hires","text":"Google DeepMind hired a team from OpenAI.","published":"2025-06-28T18:30:00Z"}
            """;

    @Test
    void anEditReplacesADeleteMarksAndACopyIsDropped(@TempDir Path dir) throws Exception {
        JobDefinition job = TestJobs.isolated("it-withdrawals");
        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        Setup.run(job, Path.of("connectors"), es.url(), job.kafka().bootstrapServers());
        Path stream = Files.writeString(dir.resolve("stream.txt"), STREAM);
        Path articles = Files.writeString(dir.resolve("articles.jsonl"), ARTICLES);
        String post = DocumentIds.of(new Retraction(SERVER, "1001", Instant.EPOCH));
        String copy = id("Portal", "p-9");
        String mentions = job.elasticsearch().mentionsAlias();

        try (LocalFlink flink = LocalFlink.start(job, 2)) {
            Replayer replayer = new Replayer(job.kafka().bootstrapServers(), job.kafka().topics(), null, null);
            replayer.reading(FeedFormat.MASTODON_STREAM, FeedFormat.MASTODON_STREAM.reader(Map.of()),
                    new FeedContext(SERVER, SourceKind.SOCIAL, null)).replay(List.of(stream));
            replayer.replay(List.of(articles));
            feedsGoOn(job, Instant.parse("2025-06-28T19:30:00Z"));

            Await.until("the posts, the story and the later item indexed", PATIENCE, () -> count(es, mentions, "*"), n -> n >= 4);
            JsonNode edited = source(es, mentions, post);
            assertThat(edited.path("text").asText()).as("the edit replaced the post").contains("several researchers");
            assertThat(edited.has("deleted")).isFalse();

            // The window of 16:00-17:00 counts the post once (not its edit again), Omar's post and the story, not its copy.
            JsonNode window = Await.until("the 16:00-17:00 window of OpenAI", PATIENCE,
                    () -> window(es, job, "company:openai", "2025-06-28T17:00:00Z"), w -> !w.isMissingNode());
            assertThat(window.path("mentions").asLong()).isEqualTo(3);

            // The delete, as the feed topics carry it, seen after the post was indexed.
            Path delete = Files.writeString(dir.resolve("delete.jsonl"),
                    "{\"deleted\":true,\"source\":\"" + SERVER + "\",\"id\":\"1001\",\"published\":\"2025-06-28T18:35:00Z\"}\n");
            replayer.replay(List.of(delete));
            JsonNode deleted = Await.until("the post marked deleted", PATIENCE, () -> source(es, mentions, post),
                    s -> s.path("deleted").asBoolean(false));
            assertThat(deleted.path("deleted_at").asText()).isEqualTo("2025-06-28T18:35:00Z");
            assertThat(deleted.path("text").asText()).as("the mark is merged into the post").contains("several researchers");
            // What every mention panel counts (NOT deleted:true): the post is gone, the others stay.
            assertThat(count(es, mentions, "NOT deleted:true")).isEqualTo(count(es, mentions, "*") - 1);
            // Long after the watermark passed the copy's time (it was decided before the window closed): never indexed.
            assertThat(count(es, mentions, "_id:" + copy)).as("the copy of the Wire story").isZero();
        }
    }

    /**
     * An item that names no company on every partition, as live feeds keep coming. Without it the
     * window would close only if the partitions fell idle one after another: Flink combines the
     * partitions one source reader holds by the lowest watermark among the active ones, and when
     * all of them fall idle in the same instant the reader's watermark stays at that lowest one.
     */
    private static void feedsGoOn(JobDefinition job, Instant at) {
        for (String topic : List.of(job.kafka().topics().news(), job.kafka().topics().social())) {
            KafkaRecords.writeToEveryPartition(topic, at.toEpochMilli(), partition -> ("{\"id\":\"later-" + topic + "-" + partition
                    + "\",\"source\":\"Almanac\",\"title\":\"Weather\",\"text\":\"Rain later in the evening.\",\"published\":\""
                    + at + "\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String id(String source, String id) {
        return DocumentIds.of(new Retraction(source, id, Instant.EPOCH));
    }

    private static long count(ElasticsearchClient es, String index, String luceneQuery) {
        if (es.count(index) == 0) { // refreshes; the alias appears with the first mention
            return 0;
        }
        return es.post("/" + index + "/_count", "{\"query\":{\"query_string\":{\"query\":\"" + luceneQuery.replace("\"", "\\\"") + "\"}}}")
                .path("count").asLong();
    }

    private static JsonNode source(ElasticsearchClient es, String index, String id) {
        if (es.count(index) == 0) {
            return MissingNode.getInstance();
        }
        JsonNode hits = es.post("/" + index + "/_search", "{\"query\":{\"ids\":{\"values\":[\"" + id + "\"]}}}").path("hits").path("hits");
        return hits.isEmpty() ? MissingNode.getInstance() : hits.get(0).path("_source");
    }

    private static JsonNode window(ElasticsearchClient es, JobDefinition job, String series, String end) {
        String index = job.elasticsearch().windowsAlias();
        if (es.count(index) == 0) {
            return MissingNode.getInstance();
        }
        JsonNode hits = es.post("/" + index + "/_search", "{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"series\":\"" + series
                + "\"}},{\"term\":{\"window_end\":\"" + end + "\"}}]}}}").path("hits").path("hits");
        return hits.isEmpty() ? MissingNode.getInstance() : hits.get(0).path("_source");
    }
}

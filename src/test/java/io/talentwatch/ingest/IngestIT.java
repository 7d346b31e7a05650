package io.talentwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.definition.TopicNames;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.Retraction;
import io.talentwatch.ingest.RecordedServer.Reply;
import io.talentwatch.setup.KafkaTopics;
import io.talentwatch.setup.TopicDefinitions;
import io.talentwatch.testing.CliRun;
import io.talentwatch.testing.KafkaRecords;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.TestJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code talentwatch ingest FILE --once} as a user runs it, against a local server answering with
 * recorded feeds and a real Kafka broker: what lands on each topic, under which key, at which time.
 */
class IngestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "it-ingest";

    private static String key(String feed, String id) {
        return DocumentIds.of(new Retraction(feed, id, Instant.EPOCH));
    }

    private static long at(String time) {
        return Instant.parse(time).toEpochMilli();
    }

    @Test
    void onceIngestsEveryConnectorsFeedWithItsKeysTimesTopicsDeletesAndDeadLetters(@TempDir Path dir) throws Exception {
        Path jobFile = TestJobs.isolatedFile(NAME, dir);
        TopicNames topics = JobDefinitionLoader.load(jobFile).kafka().topics();
        KafkaTopics.ensure(RealServices.kafka().bootstrapServers(), TopicDefinitions.load(Path.of("connectors/kafka/topics.yaml")).forJob(topics));
        try (RecordedServer server = RecordedServer.start()) {
            server.serve("/techcrunch", Reply.recorded("application/rss+xml; charset=UTF-8", "techcrunch-ai.xml").header("ETag", "\"v1\""))
                    .serve("/aitnews", Reply.recorded("application/rss+xml; charset=UTF-8", "aitnews-ar.xml").gzipped())
                    .serve("/captive", Reply.recorded("text/html", "bad/login.html"))
                    .serve("/r/MachineLearning/new.json", Reply.recorded("application/json", "reddit-machinelearning-new.json"))
                    .serve("/bad-dates/r/MachineLearning/new.json", Reply.recorded("application/json", "bad/reddit-bad-date.json"))
                    .serve("/api/v1/streaming/hashtag", Reply.recorded("text/event-stream", "mastodon-stream-aihiring.txt"))
                    .serve("/api/v1/timelines/tag/AIhiring", Reply.recorded("application/json", "mastodon-tag-aihiring-since-102.json"));
            Path feeds = Files.writeString(dir.resolve("feeds.yaml"), """
                    feeds:
                      - {name: techcrunch-ai, connector: rss-poll, url: '%1$s/techcrunch'}
                      - {name: aitnews-ar, connector: rss-poll, url: '%1$s/aitnews'}
                      - {name: captive-portal, connector: rss-poll, url: '%1$s/captive'}
                      - {name: reddit-ml, connector: reddit-poll, server: '%1$s', subreddit: MachineLearning}
                      - {name: reddit-dates, connector: reddit-poll, server: '%1$s/bad-dates', subreddit: MachineLearning}
                      - {name: mastodon-ai-hiring, connector: mastodon-stream, server: '%1$s', hashtags: [AIhiring]}
                      - {name: newsroom-archive, format: csv}
                    """.formatted(server.base()));

            Instant before = Instant.now();
            CliRun run = CliRun.of("ingest", feeds.toString(), "--once", "--kafka", RealServices.kafka().bootstrapServers(),
                    "--job", jobFile.toString(), "--stream-for", "20s");
            Instant after = Instant.now();

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("ingesting 6 feed(s)", "techcrunch-ai: 1 polls, 0 not modified, 2 published",
                    "mastodon-ai-hiring: 1 polls, 0 not modified, 5 published, 1 retractions", "captive-portal: 1 polls, 0 not modified, "
                            + "0 published, 0 retractions, 1 dead-lettered");
            assertThat(server.requests("/api/v1/timelines/tag/AIhiring").get(0).uri().getRawQuery()).startsWith("min_id=114760000000000102&");

            // 4 news items, 10 social records (9 items, 1 delete), 2 dead letters; one more is waited for to see there are no others.
            List<ConsumerRecord<byte[], byte[]>> all = KafkaRecords.read(List.of(topics.news(), topics.social(), topics.deadLetter()), 17,
                    Duration.ofSeconds(20));
            Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopic = new HashMap<>();
            all.forEach(r -> byTopic.computeIfAbsent(r.topic(), t -> new java.util.ArrayList<>()).add(r));
            assertThat(byTopic.get(topics.news())).hasSize(4);
            assertThat(byTopic.get(topics.social())).hasSize(10);
            assertThat(byTopic.get(topics.deadLetter())).hasSize(2);

            Map<String, Long> newsTimes = times(byTopic.get(topics.news()));
            assertThat(newsTimes).containsOnly(
                    Map.entry(key("techcrunch-ai", "https://techcrunch.com/?p=3023456"), at("2025-06-28T16:05:42Z")),
                    Map.entry(key("techcrunch-ai", "https://techcrunch.com/?p=3023111"), at("2025-06-27T19:30:00Z")),
                    Map.entry(key("aitnews-ar", "https://aitnews.com/?p=561204"), at("2025-06-29T08:30:00Z")),
                    Map.entry(key("aitnews-ar", "https://aitnews.com/?p=561150"), at("2025-06-28T21:15:00Z")));
            for (ConsumerRecord<byte[], byte[]> record : byTopic.get(topics.news())) {
                JsonNode item = JSON.readTree(record.value());
                assertThat(Instant.parse(item.path("published").asText()).toEpochMilli()).isEqualTo(record.timestamp());
                if (item.path("source").asText().equals("aitnews-ar")) {
                    assertThat(item.path("lang").asText()).isEqualTo("ar");
                    assertThat(item.path("title").asText()).containsAnyOf("ميتا", "أوبن إيه آي");
                }
            }

            Map<String, Long> socialTimes = times(byTopic.get(topics.social()).stream().filter(r -> !isDelete(r)).toList());
            assertThat(socialTimes).containsOnly(
                    Map.entry(key("reddit-ml", "t3_1lmw8kq"), at("2025-06-28T17:05:10Z")),
                    Map.entry(key("reddit-ml", "t3_1lmv2xd"), at("2025-06-28T16:01:42Z")),
                    Map.entry(key("reddit-ml", "t3_1lmu7ab"), at("2025-06-28T15:00:00Z")),
                    Map.entry(key("reddit-dates", "t3_1lmw8kq"), at("2025-06-28T17:05:10Z")),
                    Map.entry(key("mastodon-ai-hiring", "114760000000000101"), at("2025-06-28T16:10:00Z")),
                    Map.entry(key("mastodon-ai-hiring", "114760000000000102"), at("2025-06-28T16:12:05Z")),
                    Map.entry(key("mastodon-ai-hiring", "114760000000000104"), at("2025-06-28T16:20:41Z")),
                    Map.entry(key("mastodon-ai-hiring", "114760000000000105"), at("2025-06-28T16:25:00Z")));
            ConsumerRecord<byte[], byte[]> delete = byTopic.get(topics.social()).stream().filter(IngestIT::isDelete).findFirst().orElseThrow();
            assertThat(new String(delete.key(), StandardCharsets.UTF_8)).as("keyed like the status it withdraws")
                    .isEqualTo(key("mastodon-ai-hiring", "114760000000000102"));
            assertThat(Instant.ofEpochMilli(delete.timestamp())).as("stamped when seen").isBetween(before.minusMillis(1), after.plusMillis(1));
            assertThat(JSON.readTree(delete.value()).path("id").asText()).isEqualTo("114760000000000102");

            Map<String, JsonNode> letters = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> record : byTopic.get(topics.deadLetter())) {
                JsonNode letter = JSON.readTree(record.value());
                assertThat(letter.path("stage").asText()).isEqualTo("ingest");
                letters.put(new String(record.key(), StandardCharsets.UTF_8), letter);
            }
            assertThat(letters).containsOnlyKeys("captive-portal", "reddit-dates");
            JsonNode captive = letters.get("captive-portal");
            assertThat(captive.path("origin").asText()).isEqualTo("captive-portal " + server.url("/captive"));
            assertThat(captive.path("reason").asText()).startsWith("unknown format: expected rss, got text/html starting '<!DOCTYPE html>");
            assertThat(Base64.getDecoder().decode(captive.path("raw_base64").asText()))
                    .isEqualTo(Files.readAllBytes(RecordedServer.RECORDED.resolve("bad/login.html")));
            assertThat(letters.get("reddit-dates").path("reason").asText()).startsWith("'created_utc' must be seconds since 1970");
            assertThat(letters.get("reddit-dates").path("raw_text").asText()).contains("t3_1lmv2xd");
        }
    }

    private static boolean isDelete(ConsumerRecord<byte[], byte[]> record) {
        try {
            return JSON.readTree(record.value()).path("deleted").asBoolean();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Record time by key; an edit shares its status's key and time. */
    private static Map<String, Long> times(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, Long> times = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Long earlier = times.put(new String(record.key(), StandardCharsets.UTF_8), record.timestamp());
            assertThat(earlier == null || earlier == record.timestamp()).as("one time per key").isTrue();
        }
        return times;
    }
}

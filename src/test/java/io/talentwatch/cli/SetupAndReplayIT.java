package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.testing.CliRun;
import io.talentwatch.testing.KafkaRecords;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.TestJobs;
import io.talentwatch.setup.ElasticsearchClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talentwatch setup} and {@code replay} as a user runs them, against the real broker and Elasticsearch. */
class SetupAndReplayIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "it-cli";
    private static Path jobFile;

    @BeforeAll
    static void isolatedJobFile(@TempDir Path dir) throws Exception {
        TestJobs.isolated(NAME); // validates and starts the shared services
        jobFile = TestJobs.isolatedFile(NAME, dir);
    }

    private static String[] setupArgs() {
        return new String[] {"setup", "--es", RealServices.elasticsearch().url(),
                "--kafka", RealServices.kafka().bootstrapServers(), "--job", jobFile.toString()};
    }

    @Test
    void setupInstallsTemplatesAndTopicsAndIsHarmlessTwice() throws Exception {
        CliRun first = CliRun.of(setupArgs());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("index templates installed: it-cli-mentions, it-cli-spikes, it-cli-windows");

        CliRun second = CliRun.of(setupArgs());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("topics: all present");

        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        JsonNode template = es.get("/_index_template/it-cli-mentions").path("index_templates").get(0).path("index_template");
        assertThat(template.path("index_patterns").get(0).asText()).isEqualTo("it-cli-mentions-*");
        assertThat(template.path("template").path("mappings").path("dynamic").asText()).isEqualTo("strict");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealServices.kafka().bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).contains("it-cli.news", "it-cli.social", "it-cli.dlq", "it-cli.spikes");
            assertThat(admin.describeTopics(List.of("it-cli.news")).allTopicNames().get().get("it-cli.news").partitions()).hasSize(3);
        }
    }

    @Test
    void replayPublishesGoodLinesWithTheirOwnTimeAndDeadLettersTheRest() throws Exception {
        assertThat(CliRun.of(setupArgs()).exitCode()).isZero();
        Path malformed = Path.of("src/test/resources/feeds/malformed.jsonl");

        CliRun run = CliRun.of("replay", malformed.toString(), "--kafka", RealServices.kafka().bootstrapServers(),
                "--job", jobFile.toString(), "--no-progress");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("read 12, published 5, rejected 7")
                .contains("not valid JSON").contains("missing 'published'").contains("not valid UTF-8")
                .contains("malformed.jsonl:")
                .contains("rejected 1: missing 'published'")
                .contains("rejected 1: 'published' is not an ISO-8601 time with offset\n")
                .contains("malformed.jsonl:7: 'published' is not an ISO-8601 time with offset: 'yesterday'");

        List<ConsumerRecord<byte[], byte[]>> published =
                KafkaRecords.read(List.of(NAME + ".news", NAME + ".social"), 6, Duration.ofSeconds(15));
        assertThat(published).as("the 5 good lines, no more").hasSize(5);
        for (ConsumerRecord<byte[], byte[]> record : published) {
            Instant own = Instant.parse(JSON.readTree(record.value()).path("published").asText());
            assertThat(record.timestamp()).isEqualTo(own.toEpochMilli());
            assertThat(record.key()).hasSize(32);
        }

        List<ConsumerRecord<byte[], byte[]>> letters = KafkaRecords.read(NAME + ".dlq", 7, Duration.ofSeconds(30));
        assertThat(letters).hasSize(7);
        for (ConsumerRecord<byte[], byte[]> letter : letters) {
            JsonNode json = JSON.readTree(letter.value());
            assertThat(json.path("stage").asText()).isEqualTo("replay");
            assertThat(json.path("origin").asText()).matches("malformed\\.jsonl:\\d+");
            assertThat(json.path("reason").asText()).isNotBlank();
            assertThat(json.path("raw_base64").asText()).isNotBlank();
        }
    }

    /**
     * For demos: history moved to the present by whole days, newest item within the last day, gaps and
     * times of day kept, record time and JSON alike. An item dated in the future does not choose the shift,
     * and one the shift would put before 1970 (no Kafka record time) is a dead letter, not a crash.
     */
    @Test
    void rebaseToNowMovesEveryItemByWholeDaysSoTheNewestIsWithinTheLastDay(@TempDir Path dir) throws Exception {
        String name = "it-rebase";
        Path rebaseJob = TestJobs.isolatedFile(name, dir);
        assertThat(CliRun.of("setup", "--es", RealServices.elasticsearch().url(), "--kafka", RealServices.kafka().bootstrapServers(),
                "--job", rebaseJob.toString()).exitCode()).isZero();
        Path feed = Files.writeString(dir.resolve("history.jsonl"), """
                {"id":"r1","source":"wire","kind":"news","title":"OpenAI loses researchers","published":"2025-06-20T10:00:00Z"}
                {"id":"r2","source":"wire","kind":"news","title":"Meta hires","published":"2025-06-21T10:07:30+00:00"}
                {"id":"r3","source":"wire","kind":"news","title":"Talent war","published":"2025-06-20T12:30:00Z"}
                {"id":"typo","source":"wire","kind":"news","title":"Dated in the future","published":"2205-06-21T10:00:00Z"}
                not json
                """);

        Instant before = Instant.now();
        CliRun run = CliRun.of("replay", feed.toString(), "--kafka", RealServices.kafka().bootstrapServers(),
                "--job", rebaseJob.toString(), "--no-progress", "--rebase-to-now");
        Instant after = Instant.now();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rebased to now: every item moves by ", " days (the newest, 2025-06-21T10:07:30Z, becomes ")
                .contains("read 5, published 4, rejected 1");
        Map<String, Instant> times = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : KafkaRecords.read(name + ".news", 4, Duration.ofSeconds(30))) {
            JsonNode item = JSON.readTree(record.value());
            Instant published = Instant.parse(item.path("published").asText());
            assertThat(record.timestamp()).as("record time and the item's own field agree").isEqualTo(published.toEpochMilli());
            times.put(item.path("id").asText(), published);
        }
        assertThat(times).containsOnlyKeys("r1", "r2", "r3", "typo");
        assertThat(times.get("r2")).isBetween(before.minus(Duration.ofDays(1)), after);
        assertThat(times.get("r2").toString()).as("same time of day: windows and hourly profiles line up").endsWith("T10:07:30Z");
        assertThat(Duration.between(times.get("r1"), times.get("r2"))).isEqualTo(Duration.ofHours(24).plusMinutes(7).plusSeconds(30));
        assertThat(Duration.between(times.get("r1"), times.get("r3"))).isEqualTo(Duration.ofMinutes(150));
        assertThat(times.get("typo")).isAfter(Instant.parse("2205-06-21T10:00:00Z"));

        // Without a rebase, an item before 1970 cannot be a Kafka record at its own time: rejected with the reason.
        Path old = Files.writeString(dir.resolve("old.jsonl"),
                "{\"id\":\"o1\",\"source\":\"wire\",\"kind\":\"news\",\"title\":\"Punch cards\",\"published\":\"1969-07-20T20:17:00Z\"}\n");
        CliRun oldRun = CliRun.of("replay", old.toString(), "--kafka", RealServices.kafka().bootstrapServers(),
                "--job", rebaseJob.toString(), "--no-progress");
        assertThat(oldRun.exitCode()).as(oldRun.err()).isZero();
        assertThat(oldRun.out()).contains("read 1, published 0, rejected 1", "'published' is before 1970");
    }

    /** History in its own wire formats: an Arabic RSS feed, a Mastodon stream capture, a CSV export with a column mapping. */
    @Test
    void replayReadsWireFormatsAndPublishesArticleJson(@TempDir Path dir) throws Exception {
        String name = "it-formats";
        Path formatsJob = TestJobs.isolatedFile(name, dir);
        String kafka = RealServices.kafka().bootstrapServers();
        assertThat(CliRun.of("setup", "--es", RealServices.elasticsearch().url(), "--kafka", kafka, "--job", formatsJob.toString())
                .exitCode()).isZero();
        Path formats = Path.of("src/test/resources/feeds/formats");

        CliRun rss = CliRun.of("replay", formats.resolve("rss-ar.xml").toString(), "--format", "rss", "--kafka", kafka,
                "--job", formatsJob.toString(), "--no-progress");
        CliRun stream = CliRun.of("replay", formats.resolve("mastodon-stream.txt").toString(), "--format", "mastodon-stream",
                "--source", "sigmoid.example", "--kafka", kafka, "--job", formatsJob.toString(), "--no-progress");
        CliRun csv = CliRun.of("replay", formats.resolve("articles.csv").toString(), "--format", "csv", "--map", "title=Headline",
                "--map", "text=Body", "--map", "url=Link", "--map", "published=Date", "--map", "source=Outlet", "--map", "author=Byline",
                "--kafka", kafka, "--job", formatsJob.toString(), "--no-progress");

        assertThat(rss.exitCode()).as(rss.err()).isZero();
        assertThat(rss.out()).contains("read 3, published 2, rejected 1", "rejected 1: missing 'published'");
        assertThat(stream.exitCode()).as(stream.err()).isZero();
        assertThat(stream.out()).contains("read 3, published 2, rejected 1", "published 1 delete(s)", "rejected 1: not valid JSON");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("read 3, published 2, rejected 1");

        Map<String, JsonNode> news = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : KafkaRecords.read(name + ".news", 4, Duration.ofSeconds(30))) {
            JsonNode item = JSON.readTree(record.value());
            assertThat(record.timestamp()).isEqualTo(Instant.parse(item.path("published").asText()).toEpochMilli());
            news.put(item.path("title").asText(), item);
        }
        assertThat(news).hasSize(4);
        JsonNode arabic = news.get("ميتا تستقطب باحثين من أوبن إيه آي بمكافآت توقيع ضخمة");
        assertThat(arabic.path("source").asText()).as("named by the feed's site").isEqualTo("tech.example.ae");
        assertThat(arabic.path("lang").asText()).isEqualTo("ar");
        assertThat(arabic.path("text").asText()).doesNotContain("<p>").contains("100 مليون دولار");
        assertThat(news.get("OpenAI pauses for a week").path("source").asText()).isEqualTo("Example News");

        // The update, its edit and its delete, under one key (one partition, in order): the edit replaces the
        // update, and the delete, placed at the time of the newest item before it, withdraws the status.
        List<ConsumerRecord<byte[], byte[]>> social = KafkaRecords.read(name + ".social", 3, Duration.ofSeconds(30));
        assertThat(social).hasSize(3).allSatisfy(record -> assertThat(record.key())
                .as("an edit and a delete keep the status's id").isEqualTo(social.get(0).key()));
        JsonNode delete = JSON.readTree(social.get(2).value());
        assertThat(delete.path("deleted").asBoolean()).isTrue();
        assertThat(delete.path("id").asText()).isEqualTo("114756500000000010");
        assertThat(delete.path("source").asText()).isEqualTo("sigmoid.example");
        assertThat(social.get(2).timestamp()).isEqualTo(Instant.parse("2025-06-28T16:00:00Z").toEpochMilli());

        List<ConsumerRecord<byte[], byte[]>> letters = KafkaRecords.read(name + ".dlq", 3, Duration.ofSeconds(30));
        assertThat(letters).extracting(l -> JSON.readTree(l.value()).path("origin").asText())
                .containsExactlyInAnyOrder("rss-ar.xml", "mastodon-stream.txt", "articles.csv");

        CliRun unknown = CliRun.of("replay", formats.resolve("rss-ar.xml").toString(), "--format", "rdf", "--job", formatsJob.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--format: unknown feed format 'rdf'; formats are article-json, rss");
    }
}

package io.talentwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.model.Document;
import io.talentwatch.model.SourceKind;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.replay.Replayer;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.setup.Setup;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.KafkaRecords;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.SampleMentions;
import io.talentwatch.testing.TestJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's news arrives, then only one news partition keeps receiving items (a later item naming
 * no company every half second, as a quiet live feed brings), and the social topic receives nothing.
 * The silent partitions and topic must not hold the watermark back: once they count as idle, windows
 * close up to the newest news item. Without idleness not one window would close.
 */
class IdleSourceIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void silentPartitionsAndTopicsDoNotStallTheWatermark() throws Exception {
        // One partition stays active: were every partition to fall idle, those falling idle in the same
        // instant would leave the reader at the lowest watermark (docs/known-limits.md), a matter of timing.
        JobDefinition job = TestJobs.isolated("it-idle");
        List<String> news = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        for (String line : Files.readAllLines(SampleMentions.SAMPLE, StandardCharsets.UTF_8)) {
            JsonNode item = JSON.readTree(line);
            if ("news".equals(item.path("kind").asText())) {
                news.add(line);
                Instant published = Instant.parse(item.path("published").asText());
                newest = published.isAfter(newest) ? published : newest;
            }
        }
        Path newsOnly = Files.write(temp.resolve("news-only.jsonl"), news, StandardCharsets.UTF_8);
        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        Setup.run(job, Path.of("connectors"), es.url(), job.kafka().bootstrapServers());

        try (LocalFlink flink = LocalFlink.start(job, 2)) {
            new Replayer(job.kafka().bootstrapServers(), job.kafka().topics(), null, null).replay(List.of(newsOnly));

            // The watermark trails the newest item by the allowed out-of-orderness. The last mention
            // well before that must have been counted in a window that ends after it, i.e. one that closed.
            Instant watermark = newest.minus(job.eventTime().maxOutOfOrderness());
            Instant lastCountable = lastMentionBefore(newsOnly, job, watermark.minus(job.windows().slide()));
            Instant[] tick = {newest};
            Instant latestEnd = Await.until("a window closing after " + lastCountable, Duration.ofMinutes(3), () -> {
                tick[0] = tick[0].plusSeconds(1);
                KafkaRecords.writeToPartition(job.kafka().topics().news(), 0, tick[0].toEpochMilli(), later(tick[0]));
                return latestWindowEnd(es, job);
            }, end -> end.isAfter(lastCountable));
            assertThat(latestEnd).isAfter(lastCountable);
        }
    }

    private static Instant lastMentionBefore(Path feed, JobDefinition job, Instant before) throws Exception {
        Set<String> mentions = SampleMentions.expectedIds(feed, job);
        Instant last = Instant.EPOCH;
        for (String line : Files.readAllLines(feed, StandardCharsets.UTF_8)) {
            Document document = DocumentNormalizer.normalize(FeedItemParser.parse(line.getBytes(StandardCharsets.UTF_8)),
                    SourceKind.NEWS, Instant.now());
            Instant published = document.published();
            if (mentions.contains(document.id()) && published.isBefore(before) && published.isAfter(last)) {
                last = published;
            }
        }
        assertThat(last).as("a news mention before " + before).isAfter(Instant.EPOCH);
        return last;
    }

    /** A news item naming no company, published {@code at}. */
    private static byte[] later(Instant at) {
        return ("{\"id\":\"tick-" + at.toEpochMilli() + "\",\"source\":\"Almanac\",\"title\":\"Weather\","
                + "\"text\":\"Rain later in the evening.\",\"published\":\"" + at + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static Instant latestWindowEnd(ElasticsearchClient es, JobDefinition job) {
        if (es.count(job.elasticsearch().windowsAlias()) == 0) {
            return Instant.EPOCH;
        }
        JsonNode max = es.post("/" + job.elasticsearch().windowsAlias() + "/_search",
                "{\"size\":0,\"aggs\":{\"m\":{\"max\":{\"field\":\"window_end\"}}}}").path("aggregations").path("m");
        return Instant.ofEpochMilli(max.path("value").asLong());
    }
}

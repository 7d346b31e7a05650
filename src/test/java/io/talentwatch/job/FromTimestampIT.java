package io.talentwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.setup.Setup;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.KafkaRecords;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.TestJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

/** {@code --from-timestamp}: the job re-reads the retained topics from a time on, and nothing before it. */
class FromTimestampIT {
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Test
    void theJobReadsTheTopicsFromTheGivenTimeOn() throws Exception {
        JobDefinition job = TestJobs.isolated("it-from-timestamp");
        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        Setup.run(job, Path.of("connectors"), es.url(), job.kafka().bootstrapServers());
        String topic = job.kafka().topics().news();
        KafkaRecords.write(topic, Instant.parse("2025-06-01T10:00:00Z").toEpochMilli(), item("old", "2025-06-01T10:00:00Z"));
        KafkaRecords.write(topic, Instant.parse("2025-06-20T10:00:00Z").toEpochMilli(), item("new", "2025-06-20T10:00:00Z"));
        KafkaRecords.write(topic, Instant.parse("2025-06-21T10:00:00Z").toEpochMilli(), item("newer", "2025-06-21T10:00:00Z"));

        long from = Instant.parse("2025-06-10T00:00:00Z").toEpochMilli();
        try (LocalFlink flink = LocalFlink.start(job, 1, new Configuration(), from)) {
            Await.until("the items from 2025-06-10 on indexed", PATIENCE, () -> titles(es, job), t -> t.size() >= 2);
            Thread.sleep(5_000); // had the old item been read, it would be indexed by now: it sits before the others
            assertThat(titles(es, job)).containsExactlyInAnyOrder("new", "newer");
        }
    }

    private static byte[] item(String title, String published) {
        return ("{\"id\":\"" + title + "\",\"source\":\"Wire\",\"title\":\"" + title + "\",\"text\":\"Meta hired OpenAI researchers.\","
                + "\"published\":\"" + published + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> titles(ElasticsearchClient es, JobDefinition job) {
        String index = job.elasticsearch().mentionsAlias();
        List<String> titles = new ArrayList<>();
        if (es.count(index) == 0) {
            return titles;
        }
        for (JsonNode hit : es.post("/" + index + "/_search", "{\"size\":100}").path("hits").path("hits")) {
            titles.add(hit.path("_source").path("title").asText());
        }
        return titles;
    }
}

package io.talentwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.setup.Setup;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.CountersReporter;
import io.talentwatch.testing.KafkaRecords;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.TestJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A feed item Elasticsearch would refuse used to fail the whole job (the sink has no failure
 * handler): a source name of 40,000 characters is a keyword over Lucene's 32,766-byte term limit.
 * Through the real pipeline (Kafka, MiniCluster, Elasticsearch 8.19) it now lands in the
 * dead-letter topic with a reason naming the field, and the items around it are indexed.
 */
class RejectedDocumentsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static String item(String id, String source, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"title\":\"" + text + "\",\"text\":\"" + text
                + "\",\"lang\":\"en\",\"published\":\"2025-07-01T10:00:00Z\"}";
    }

    @Test
    void aDocumentElasticsearchWouldRefuseIsDeadLetteredAndTheOthersAreIndexed() throws Exception {
        JobDefinition job = TestJobs.isolated("it-rejected");
        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        Setup.run(job, Path.of("connectors"), es.url(), job.kafka().bootstrapServers());
        Configuration metrics = new Configuration();
        metrics.setString("metrics.reporter.counters.factory.class", CountersReporter.FACTORY);
        long rejectedBefore = CountersReporter.total("documentsRejected");

        try (LocalFlink flink = LocalFlink.start(job, 1, metrics)) {
            String hugeSource = "S".repeat(40_000);
            long at = Instant.parse("2025-07-01T10:00:00Z").toEpochMilli();
            KafkaRecords.write(job.kafka().topics().news(), at,
                    item("before", "Test Wire", "Anthropic hires two researchers from OpenAI.").getBytes(StandardCharsets.UTF_8),
                    item("huge-source", hugeSource, "Meta hires three researchers from OpenAI.").getBytes(StandardCharsets.UTF_8),
                    item("after", "Test Wire", "Google DeepMind hires a researcher from Meta.").getBytes(StandardCharsets.UTF_8));

            List<ConsumerRecord<byte[], byte[]>> letters = KafkaRecords.read(job.kafka().topics().deadLetter(), 1, PATIENCE);
            assertThat(letters).hasSize(1);
            JsonNode letter = JSON.readTree(letters.get(0).value());
            assertThat(letter.path("stage").asText()).isEqualTo("elasticsearch");
            assertThat(letter.path("reason").asText())
                    .isEqualTo("field 'source': a keyword of 40000 UTF-8 bytes is over Lucene's 32766-byte term limit");
            assertThat(letter.path("origin").asText()).startsWith("it-rejected-mentions-2025.07/_doc/");
            // The raw bytes are the refused document itself, so it can be inspected and replayed once fixed.
            JsonNode document = JSON.readTree(letter.path("raw_text").asText());
            assertThat(document.path("source").asText()).isEqualTo(hugeSource);
            assertThat(document.path("companies").toString()).contains("meta");

            // count() refreshes and is 0 while the alias does not exist yet.
            Await.until("the items before and after indexed", PATIENCE,
                    () -> es.count(job.elasticsearch().mentionsAlias()), n -> n >= 2);
            assertThat(es.post("/" + job.elasticsearch().mentionsAlias() + "/_count",
                    "{\"query\":{\"term\":{\"source\":\"Test Wire\"}}}").path("count").asLong()).isEqualTo(2);
            assertThat(es.count(job.elasticsearch().mentionsAlias())).isEqualTo(2);
            assertThat(flink.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(Await.until("the rejection counted", PATIENCE,
                    () -> CountersReporter.total("documentsRejected") - rejectedBefore, n -> n >= 1)).isEqualTo(1);
        }
    }
}

package io.talentwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.local.Ports;
import io.talentwatch.model.SourceKind;
import io.talentwatch.replay.MentionIds;
import io.talentwatch.replay.ReplaySummary;
import io.talentwatch.replay.Replayer;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.setup.Setup;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.KafkaRecords;
import io.talentwatch.testing.PrometheusScrape;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.SampleMentions;
import io.talentwatch.testing.TestJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job's metrics as an operator's Prometheus sees them: the real job on a local Flink with
 * Flink's own Prometheus reporter (configured as docker-compose.yml configures it), real Kafka and
 * Elasticsearch, a known input, and the reporter's endpoint scraped over HTTP.
 */
class PrometheusMetricsIT {
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** What the Prometheus reporter makes of metrics in the operators' {@code talentwatch} group. */
    private static final String PREFIX = "flink_taskmanager_job_task_operator_talentwatch_";
    /** src/test/resources/feeds/README.md: 12 lines, 5 good items (all naming a watched company), 7 bad ones. */
    private static final Path MALFORMED = Path.of("src/test/resources/feeds/malformed.jsonl");
    private static final int MALFORMED_LINES = 12;
    private static final int MALFORMED_GOOD = 5;

    private static JobDefinition job;
    private static LocalFlink flink;
    private static int port;

    @BeforeAll
    static void startJob() throws Exception {
        job = TestJobs.isolated("it-metrics");
        Setup.run(job, Path.of("connectors"), RealServices.elasticsearch().url(), job.kafka().bootstrapServers());
        keepForever(job.kafka().topics().news(), job.kafka().topics().social());
        port = Ports.anyFree();
        Configuration reporter = new Configuration();
        reporter.setString("metrics.reporter.prom.factory.class", "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        reporter.setString("metrics.reporter.prom.port", String.valueOf(port));
        flink = LocalFlink.start(job, 2, reporter);
    }

    @AfterAll
    static void stopJob() throws Exception {
        if (flink != null) {
            flink.close();
        }
    }

    @Test
    void countersAndRatesOfAKnownInputAreScrapedOverHttp() throws Exception {
        ReplaySummary sample = new Replayer(job.kafka().bootstrapServers(), job.kafka().topics(), null, null)
                .replay(List.of(SampleMentions.SAMPLE));
        assertThat(sample.rejected()).isZero();
        long published = sample.published();
        long sampleMentions = mentionsIn(lines(SampleMentions.SAMPLE)); // per item: the sample repeats a few stories

        // The sample, all parsed; its Meta burst is a spike, so the watermark has passed the whole week.
        PrometheusScrape afterSample = Await.until("the sample counted and a spike opened", PATIENCE, () -> PrometheusScrape.of(port),
                s -> s.total(PREFIX + "itemsIn") == published && s.total(PREFIX + "spikes") > 0);
        assertThat(afterSample.total(PREFIX + "itemsParsed")).isEqualTo(published);
        assertThat(afterSample.total(PREFIX + "itemsDeadLettered")).isZero();
        assertThat(afterSample.total(PREFIX + "mentionsMatched")).isEqualTo(sampleMentions);
        // Every mention matched is counted once, a copy of another story, or another version of one.
        long distinct = MentionIds.of(SampleMentions.SAMPLE, job).size();
        PrometheusScrape deduplicated = Await.until("the sample's copies dropped", PATIENCE, () -> PrometheusScrape.of(port),
                s -> s.total(PREFIX + "duplicatesUrl") + s.total(PREFIX + "duplicatesTitle") + s.total(PREFIX + "mentionsRevised")
                        == sampleMentions - distinct);
        assertThat(deduplicated.total(PREFIX + "duplicatesUrl") + deduplicated.total(PREFIX + "duplicatesTitle")).isPositive();

        List<byte[]> malformed = lines(MALFORMED);
        assertThat(malformed).hasSize(MALFORMED_LINES);
        assertThat(mentionsIn(malformed)).isEqualTo(MALFORMED_GOOD);
        // Raw records straight into the feed topic, so the job's parser (not replay's) meets the bad ones;
        // stamped days before the sample's spike, so their mentions are late for every window.
        KafkaRecords.write(job.kafka().topics().news(), Instant.parse("2025-06-24T12:00:00Z").toEpochMilli(),
                malformed.toArray(byte[][]::new));

        PrometheusScrape after = Await.until("the malformed feed counted", PATIENCE, () -> PrometheusScrape.of(port),
                s -> s.total(PREFIX + "itemsIn") == published + MALFORMED_LINES
                        && s.total(PREFIX + "lateMentions") >= MALFORMED_GOOD);
        assertThat(after.total(PREFIX + "itemsParsed")).isEqualTo(published + MALFORMED_GOOD);
        assertThat(after.total(PREFIX + "itemsDeadLettered")).isEqualTo(MALFORMED_LINES - MALFORMED_GOOD);
        assertThat(after.total(PREFIX + "mentionsMatched")).isEqualTo(sampleMentions + MALFORMED_GOOD);
        assertThat(after.total(PREFIX + "spikes")).isPositive();
        assertThat(after.total(PREFIX + "spikeUpdates")).isGreaterThanOrEqualTo(after.total(PREFIX + "spikes"));
        // Each spike opened is one document in Elasticsearch (updated in place): the counter must say how many there are.
        // Both are read afresh each time: a window held back by an idle partition may still open one.
        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        Await.until("one spike document per spike the counter reports", PATIENCE,
                () -> List.of((long) PrometheusScrape.of(port).total(PREFIX + "spikes"), es.count(job.elasticsearch().spikesAlias())),
                counterAndDocuments -> counterAndDocuments.get(0).equals(counterAndDocuments.get(1)));

        // Every counter has its per-second rate beside it (a meter over the last minute); the flows that just
        // moved show a positive rate once Flink's 5-second meter update has run.
        for (String counter : List.of("itemsIn", "itemsParsed", "itemsDeadLettered", "mentionsMatched", "lateMentions",
                "spikes", "spikeUpdates", "duplicatesUrl", "duplicatesTitle", "mentionsRevised", "mentionsWithdrawn",
                "withdrawalsUnmatched", "mentionsAfterWithdrawal")) {
            assertThat(after.has(PREFIX + counter)).as(counter).isTrue();
            assertThat(after.has(PREFIX + counter + "PerSecond")).as(counter + "PerSecond").isTrue();
        }
        PrometheusScrape rates = Await.until("rates of the last minute", Duration.ofSeconds(30), () -> PrometheusScrape.of(port),
                s -> s.total(PREFIX + "itemsInPerSecond") > 0 && s.total(PREFIX + "itemsDeadLetteredPerSecond") > 0);
        assertThat(rates.total(PREFIX + "itemsInPerSecond")).isLessThanOrEqualTo((published + MALFORMED_LINES) / 60.0 + 1e-9);
    }

    /**
     * The sample is from June 2025, and record timestamps are the items' own times: a topic with any
     * time-based retention may delete them before the job reads them, and the counts would depend on
     * when the test runs. (The shipped topics are bounded by size; this keeps the test independent of that.)
     */
    private static void keepForever(String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, job.kafka().bootstrapServers()))) {
            Map<ConfigResource, Collection<AlterConfigOp>> forever = new HashMap<>();
            for (String topic : topics) {
                forever.put(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        List.of(new AlterConfigOp(new ConfigEntry("retention.ms", "-1"), AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(forever).all().get();
        }
    }

    /** The file's lines as raw bytes (one of them is not UTF-8 on purpose). */
    private static List<byte[]> lines(Path file) throws Exception {
        byte[] all = Files.readAllBytes(file);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                lines.add(Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    /** How many of these items the job's own parse and enrichment code turns into mentions (as MentionIds does, but counted per item). */
    private static long mentionsIn(List<byte[]> items) {
        Enricher enricher = new Enricher(job);
        long mentions = 0;
        for (byte[] item : items) {
            try {
                var document = DocumentNormalizer.normalize(FeedItemParser.parse(item), SourceKind.NEWS, Instant.EPOCH);
                mentions += enricher.enrich(document).isPresent() ? 1 : 0;
            } catch (MalformedItem e) {
                // dead-lettered by the job
            }
        }
        return mentions;
    }
}

package io.talentwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.local.LocalFlink;
import io.talentwatch.replay.Replayer;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.setup.Setup;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.SampleMentions;
import io.talentwatch.testing.TestJobs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Replay determinism, spikes included: the sample feed replayed as fast as possible and replayed
 * paced (the week of history spaced out over about half a minute, so watermarks advance in many
 * small steps between items instead of a few big ones) leaves the same windows and the same spike
 * documents in Elasticsearch. Each replay runs its own job, on its own topics and indices.
 */
class SpikeDeterminismIT {
    /** A week of history in about 35 seconds. */
    private static final double PACED_SPEED = 20_000;
    private static final Duration SETTLE = Duration.ofSeconds(8);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void theSameHistoryGivesTheSameWindowsAndSpikesAtAnyReplaySpeed() throws Exception {
        Map<String, JsonNode> fast = run("it-determinism-fast", null);
        Map<String, JsonNode> paced = run("it-determinism-paced", PACED_SPEED);

        assertThat(fast).as("spikes and windows of the fast replay").hasSizeGreaterThan(100)
                .anySatisfy((id, doc) -> assertThat(id).startsWith("spike company:meta@"));
        assertThat(paced.keySet()).isEqualTo(fast.keySet());
        fast.forEach((id, doc) -> assertThat(paced.get(id)).as(id).isEqualTo(doc));
    }

    /** Runs a job over the sample at {@code speed} and returns its windows and spikes once they stop changing. */
    private static Map<String, JsonNode> run(String name, Double speed) throws Exception {
        JobDefinition job = TestJobs.isolated(name);
        ElasticsearchClient es = new ElasticsearchClient(RealServices.elasticsearch().url());
        Setup.run(job, Path.of("connectors"), es.url(), job.kafka().bootstrapServers());
        try (LocalFlink flink = LocalFlink.start(job, 2)) {
            new Replayer(job.kafka().bootstrapServers(), job.kafka().topics(), speed, null)
                    .replay(List.of(SampleMentions.SAMPLE));
            return settled(es, job);
        }
    }

    /** Polls until two snapshots {@link #SETTLE} apart are equal and non-empty. */
    private static Map<String, JsonNode> settled(ElasticsearchClient es, JobDefinition job) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<String, JsonNode> previous = Map.of();
        while (System.nanoTime() < deadline) {
            Thread.sleep(SETTLE.toMillis());
            Map<String, JsonNode> now = snapshot(es, job);
            if (!now.isEmpty() && now.equals(previous) && now.keySet().stream().anyMatch(id -> id.startsWith("spike "))) {
                return now;
            }
            previous = now;
        }
        throw new AssertionError("windows and spikes of " + job.name() + " did not settle within " + PATIENCE);
    }

    /** Every window and spike document by id, without the job's name (the two runs' names differ). */
    private static Map<String, JsonNode> snapshot(ElasticsearchClient es, JobDefinition job) {
        Map<String, JsonNode> docs = new TreeMap<>();
        read(es, job.elasticsearch().windowsAlias(), "window ", docs);
        read(es, job.elasticsearch().spikesAlias(), "spike ", docs);
        return docs;
    }

    private static void read(ElasticsearchClient es, String index, String prefix, Map<String, JsonNode> docs) {
        if (es.count(index) == 0) { // also refreshes; the index appears with its first document
            return;
        }
        JsonNode hits = es.post("/" + index + "/_search", "{\"size\":10000,\"query\":{\"match_all\":{}}}")
                .path("hits").path("hits");
        for (JsonNode hit : hits) {
            ObjectNode source = (ObjectNode) hit.path("_source").deepCopy();
            source.remove("job");
            docs.put(prefix + hit.path("_id").asText(), source);
        }
    }
}

package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.JobState;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.CliRun;
import io.talentwatch.testing.LocalFlinkCluster;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.SampleMentions;
import io.talentwatch.testing.TestJobs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code talentwatch submit} against a real standalone Flink 1.20 cluster (a JobManager and a
 * TaskManager process whose classpath holds only Flink), so the shaded job jar is what runs.
 */
class SubmitIT {
    private static final String NAME = "it-submit";

    /** The cluster is shared with other classes of this JVM: leave both slots free, whatever the outcome. */
    @AfterEach
    void cancelWhatIsLeft() {
        RealServices.flinkCluster().cancelRunningJobs(Duration.ofMinutes(1));
    }

    @Test
    void submittedJobReadsKafkaAndWritesElasticsearch(@TempDir Path dir) throws Exception {
        JobDefinition job = TestJobs.isolated(NAME);
        Path jobFile = TestJobs.isolatedFile(NAME, dir);
        String es = RealServices.elasticsearch().url();
        String kafka = RealServices.kafka().bootstrapServers();
        assertThat(CliRun.of("setup", "--es", es, "--kafka", kafka, "--job", jobFile.toString()).exitCode()).isZero();

        LocalFlinkCluster cluster = RealServices.flinkCluster();
        CliRun submit = CliRun.of("submit", jobFile.toString(), "--flink", cluster.restUrl().toString(),
                "--kafka", kafka, "--es", es, "--jar", System.getProperty("talentwatch.job.jar"));
        assertThat(submit.exitCode()).as(submit.err()).isZero();
        Matcher id = Pattern.compile("submitted job '" + NAME + "' as ([0-9a-f]{32})").matcher(submit.out());
        assertThat(id.find()).as(submit.out()).isTrue();
        assertThat(submit.out()).contains("web UI: " + cluster.restUrl().toString().replaceAll("/$", ""));
        JobId jobId = new JobId(id.group(1));
        FlinkRestClient flink = cluster.client();
        flink.waitForState(jobId, Set.of(JobState.RUNNING), Duration.ofMinutes(2));

        CliRun replay = CliRun.of("replay", SampleMentions.SAMPLE.toString(), "--kafka", kafka,
                "--job", jobFile.toString(), "--no-progress");
        assertThat(replay.exitCode()).as(replay.err()).isZero();

        Set<String> expected = SampleMentions.expectedIds(SampleMentions.SAMPLE, job);
        ElasticsearchClient client = new ElasticsearchClient(es);
        Await.until("the submitted job to index every mention", Duration.ofMinutes(3),
                () -> client.count(job.elasticsearch().mentionsAlias()), n -> n == expected.size());
        assertThat(flink.jobState(jobId)).isEqualTo(JobState.RUNNING);

        flink.cancel(jobId);
        flink.waitForState(jobId, Set.of(JobState.CANCELED), Duration.ofMinutes(1));
    }
}

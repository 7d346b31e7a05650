package io.talentwatch.local;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.job.TalentWatchJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The TalentWatch job on an embedded Flink (a MiniCluster in this JVM), as the demo and
 * {@code talentwatch run} use it. Closing it cancels the job, which also stops the MiniCluster.
 */
public final class LocalFlink implements AutoCloseable {
    private final JobClient client;

    private LocalFlink(JobClient client) {
        this.client = client;
    }

    public static LocalFlink start(JobDefinition job, int parallelism) throws Exception {
        return start(job, parallelism, new Configuration());
    }

    /** With more Flink configuration, e.g. a metrics reporter. */
    public static LocalFlink start(JobDefinition job, int parallelism, Configuration extra) throws Exception {
        return start(job, parallelism, extra, null);
    }

    /** Reading the feed topics from {@code fromTimestamp} (epoch ms; null: as the definition says), to re-run history. */
    public static LocalFlink start(JobDefinition job, int parallelism, Configuration extra, Long fromTimestamp) throws Exception {
        Configuration conf = new Configuration(extra);
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(64));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
        TalentWatchJob.build(env, job, fromTimestamp);
        return new LocalFlink(env.executeAsync("talentwatch: " + job.name()));
    }

    /**
     * Configuration that keeps Flink's scratch files (io.tmp.dirs with the RPC system's unpacked jar,
     * the REST endpoint's upload folder) inside {@code dir} instead of java.io.tmpdir: deleting
     * {@code dir} then leaves nothing behind, even after a SIGTERM that skips Flink's own cleanup.
     */
    public static Configuration scratchIn(Path dir) throws IOException {
        Configuration conf = new Configuration();
        conf.set(CoreOptions.TMP_DIRS, Files.createDirectories(dir.resolve("flink-io")).toString());
        conf.set(WebOptions.TMP_DIR, Files.createDirectories(dir.resolve("flink-web")).toString());
        return conf;
    }

    public JobID jobId() {
        return client.getJobID();
    }

    public JobStatus status() throws Exception {
        return client.getJobStatus().get(30, TimeUnit.SECONDS);
    }

    /** Blocks until the job ends (it only ends when cancelled or failed: its sources are unbounded). */
    public void awaitTermination() throws Exception {
        client.getJobExecutionResult().get();
    }

    @Override
    public void close() throws Exception {
        try {
            if (!status().isGloballyTerminalState()) {
                client.cancel().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // Already gone is the outcome we want.
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (status().isGloballyTerminalState()) {
                    return;
                }
            } catch (Exception e) {
                return;
            }
            Thread.sleep(200);
        }
    }
}

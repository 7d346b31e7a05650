package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.cluster.CheckpointInfo;
import io.talentwatch.cluster.CheckpointStatus;
import io.talentwatch.cluster.JobDetails;
import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.JobState;
import io.talentwatch.cluster.JobSummary;
import io.talentwatch.cluster.RestoreInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobStatusReportTest {
    private static final JobId ID = new JobId("5d0e8a4c7b1f4e2a9c3d6b8e0f1a2b3c");
    private static final Instant START = Instant.parse("2025-06-28T10:15:02.345Z");

    @Test
    void oneJobInDetail() {
        JobDetails job = new JobDetails(ID, "talentwatch: talent-poaching", JobState.RUNNING, Optional.of(START),
                Duration.ofMinutes(125), 2, true);
        CheckpointStatus checkpoints = new CheckpointStatus(
                Optional.of(new CheckpointInfo(251, Instant.parse("2025-06-28T12:20:01Z"), "file:/ckpt/chk-251", false)),
                Optional.of(new RestoreInfo(250, START, "file:/sp/savepoint-a1b2c3-4d5e6f7a8b9c", true)), 251, 1);

        assertThat(JobStatusReport.detail(job, checkpoints, Instant.parse("2025-06-28T12:20:10Z"))).isEqualTo("""
                job          talentwatch: talent-poaching
                id           5d0e8a4c7b1f4e2a9c3d6b8e0f1a2b3c
                state        RUNNING
                started      2025-06-28T10:15:02Z (running for 2h05m)
                parallelism  2
                checkpoint   #251 at 2025-06-28T12:20:01Z (9s ago) file:/ckpt/chk-251; 1 failed
                restored     savepoint file:/sp/savepoint-a1b2c3-4d5e6f7a8b9c
                """);
    }

    @Test
    void aFreshFinishedJobWithoutCheckpoints() {
        JobDetails job = new JobDetails(ID, "talentwatch: x", JobState.FINISHED, Optional.of(START), Duration.ofSeconds(42), 1, false);

        assertThat(JobStatusReport.detail(job, new CheckpointStatus(Optional.empty(), Optional.empty(), 0, 0), START))
                .contains("state        FINISHED", "(ran 42s)", "checkpoint   none completed yet", "restored     no (fresh start)");
    }

    @Test
    void allJobsNewestFirst() {
        JobSummary older = new JobSummary(new JobId("a".repeat(32)), "talentwatch: x", JobState.FINISHED,
                Optional.of(START.minusSeconds(86400)), Duration.ofHours(26));
        JobSummary newer = new JobSummary(ID, "talentwatch: x", JobState.RUNNING, Optional.of(START), Duration.ofMinutes(3));

        assertThat(JobStatusReport.table(List.of(older, newer)).lines().toList()).satisfiesExactly(
                header -> assertThat(header).startsWith("JOB ID").contains("STATE", "STARTED", "DURATION", "NAME"),
                first -> assertThat(first).startsWith(ID.value()).contains("RUNNING", "3m00s"),
                second -> assertThat(second).startsWith("a".repeat(32)).contains("FINISHED", "1d02h"));
        assertThat(JobStatusReport.table(List.of())).isEqualTo("no jobs on the cluster\n");
    }
}

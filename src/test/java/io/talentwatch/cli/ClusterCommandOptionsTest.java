package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status, stop and upgrade: option errors caught before any cluster is called (port 1 answers nothing). */
class ClusterCommandOptionsTest {
    private static final String NOWHERE = "http://127.0.0.1:1";

    @Test
    void helpListsTheClusterCommands() {
        assertThat(CliRun.of("--help").out()).contains("status", "stop", "upgrade");
    }

    @Test
    void stopNeedsAJob() {
        CliRun run = CliRun.of("stop", "--flink", NOWHERE, "--savepoint", "/sp");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Name the job: JOB (a job definition file or name) or --job-id ID");
    }

    @Test
    void aJobIsNamedOneWayOnly() {
        CliRun run = CliRun.of("stop", "talent-poaching", "--job-id", "a".repeat(32), "--flink", NOWHERE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Give JOB or --job-id, not both");
    }

    @Test
    void aJobIdMustBeOne() {
        CliRun run = CliRun.of("status", "--job-id", "1234", "--flink", NOWHERE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--job-id: Not a Flink job id (32 hex digits): '1234'");
    }

    @Test
    void aMissingDefinitionFileIsNamed() {
        CliRun run = CliRun.of("stop", "jobs/nope.yaml", "--flink", NOWHERE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("job definition file 'jobs/nope.yaml' does not exist");
    }

    @Test
    void timeoutsReadLikeDurations() {
        CliRun run = CliRun.of("stop", "talent-poaching", "--flink", NOWHERE, "--timeout", "soon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--timeout", "'soon' is not a duration");
    }

    @Test
    void upgradeChecksItsJarAndDefinitionBeforeTouchingTheCluster(@TempDir Path dir) throws Exception {
        CliRun noJar = CliRun.of("upgrade", "jobs/talent-poaching.yaml", "--flink", NOWHERE, "--jar", dir.resolve("x.jar").toString());
        assertThat(noJar.exitCode()).isEqualTo(2);
        assertThat(noJar.err()).contains("--jar '" + dir.resolve("x.jar") + "' does not exist");

        Path jar = Files.createFile(dir.resolve("job.jar"));
        Path bad = Files.writeString(dir.resolve("bad.yaml"), Files.readString(Path.of("jobs/talent-poaching.yaml"))
                .replace("slide: 15m", "slide: 2h"));
        CliRun badDefinition = CliRun.of("upgrade", bad.toString(), "--flink", NOWHERE, "--jar", jar.toString());
        assertThat(badDefinition.exitCode()).isEqualTo(1);
        assertThat(badDefinition.err()).contains("'windows.slide' must not exceed size").doesNotContain("unreachable");
    }

    @Test
    void aSavepointAndAFromTimestampContradictEachOther() {
        CliRun submit = CliRun.of("submit", "jobs/talent-poaching.yaml", "--flink", NOWHERE,
                "--from-savepoint", "/sp/savepoint-1", "--from-timestamp", "2025-06-01");
        assertThat(submit.exitCode()).isEqualTo(2);
        assertThat(submit.err()).contains("--from-timestamp does not apply here", "--from-savepoint");

        CliRun upgrade = CliRun.of("upgrade", "jobs/talent-poaching.yaml", "--flink", NOWHERE, "--from-timestamp", "2025-06-01");
        assertThat(upgrade.exitCode()).isEqualTo(2);
        assertThat(upgrade.err()).contains("--from-timestamp does not apply here", "upgrade resumes the job from its savepoint");
    }

    @Test
    void aMalformedClusterUrlIsABadOption() {
        CliRun run = CliRun.of("status", "--flink", "jobmanager:8081");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--flink: Flink REST URL must start with http:// or https://");
    }

    @Test
    void anUnreachableClusterIsSaidPlainly() {
        CliRun run = CliRun.of("status", "--flink", NOWHERE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("talentwatch status: Flink cluster unreachable at " + NOWHERE);
    }
}

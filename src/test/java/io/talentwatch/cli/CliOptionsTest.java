package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.CliRun;
import org.junit.jupiter.api.Test;

/** Option handling that needs no running service. */
class CliOptionsTest {
    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "setup", "replay", "enrich", "detect", "run", "submit", "help");
    }

    @Test
    void aFromTimestampThatIsNotATimeIsNamed() {
        CliRun run = CliRun.of("run", "--from-timestamp", "last week");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from-timestamp", "'last week' is not a time");
    }

    @Test
    void aFromTimestampReachesTheJobAsEpochMillisecondsButNotTheResumeLine() {
        DeploymentOptions options = new DeploymentOptions();
        new picocli.CommandLine(new Object() {
            @picocli.CommandLine.Mixin
            DeploymentOptions deployment = options;
        }).parseArgs("--from-timestamp", "2025-06-10", "--kafka", "k:9092");
        assertThat(options.asJobArguments()).containsSequence("--from-timestamp", "1749513600000").contains("--kafka");
        assertThat(options.asResumeArguments()).doesNotContain("--from-timestamp").contains("--kafka");
    }

    @Test
    void enrichPrintsOneAnalysisPerGoodLineAndNamesTheBadOnes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path input = dir.resolve("docs.jsonl");
        java.nio.file.Files.writeString(input, """
                {"id":"seed","text":"ميتا تستقطب باحثين من OpenAI"}
                {"id":"no-text"}
                """);

        CliRun run = CliRun.of("enrich", input.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("\"id\":\"seed\"", "\"lang\":\"ar\"", "\"direction\":\"meta<-openai\""));
        assertThat(run.err()).contains("line 2: 'text' is required");

        CliRun noFile = CliRun.of("enrich", "does-not-exist.jsonl");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("'does-not-exist.jsonl' does not exist");
    }

    @Test
    void badOptionsStopWithAMessageNamingThem() {
        CliRun unknown = CliRun.of("setup", "--es", "http://localhost:9200", "--kafka", "localhost:9092", "--templatez", "x");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown options: '--templatez'");

        CliRun missing = CliRun.of("setup", "--kafka", "localhost:9092");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--es=URL'");

        CliRun speed = CliRun.of("replay", "--speed", "-3", "jobs/talent-poaching.yaml");
        assertThat(speed.exitCode()).isEqualTo(2);
        assertThat(speed.err()).contains("--speed must be a positive number");

        CliRun notANumber = CliRun.of("replay", "--speed", "fast", "x.jsonl");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--speed");

        CliRun noFile = CliRun.of("replay", "does-not-exist.jsonl");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("'does-not-exist.jsonl' does not exist");
    }

    @Test
    void badJobDefinitionNamesTheFileAndKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, java.nio.file.Files.readString(java.nio.file.Path.of("jobs/talent-poaching.yaml"))
                .replace("slide: 15m", "slide: 2h"));

        CliRun run = CliRun.of("setup", "--es", "http://127.0.0.1:1", "--kafka", "127.0.0.1:1", "--job", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(bad.toString()).contains("'windows.slide' must not exceed size");
    }
}

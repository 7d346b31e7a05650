package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.CliRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ElasticsearchLoginOptionsTest {
    private static final String PASSWORD = "cli-pa55word";

    @Test
    void submitForwardsTheUserAndThePathOfThePasswordFileNeverAPassword() {
        SubmitCommand submit = new SubmitCommand();
        new CommandLine(submit).parseArgs("jobs/talent-poaching.yaml", "--flink", "http://f:8081",
                "--es", "https://es:9200", "--es-user", "talentwatch_writer", "--es-password-file", "/run/secrets/es_password");

        assertThat(submit.launch.deployment.asJobArguments()).containsExactly(
                "--es", "https://es:9200", "--es-user", "talentwatch_writer", "--es-password-file", "/run/secrets/es_password");
    }

    @Test
    void aPasswordOptionIsRefusedWithoutEchoingIt() {
        for (String command : new String[] {"setup", "run", "submit"}) {
            CliRun run = CliRun.of(command, "--es-password", PASSWORD, "--flink", "http://f:8081", "--es", "http://e:9200",
                    "--kafka", "k:9092", "jobs/talent-poaching.yaml");

            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("--es-password is not accepted", "TALENTWATCH_ES_PASSWORD")
                    .doesNotContain(PASSWORD);
        }
    }
}

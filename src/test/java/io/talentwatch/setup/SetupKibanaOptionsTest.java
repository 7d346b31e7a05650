package io.talentwatch.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.CliRun;
import org.junit.jupiter.api.Test;

/** Bad --kibana options stop setup before it touches any service, naming the option. */
class SetupKibanaOptionsTest {
    @Test
    void aKibanaThatIsNotAnHttpUrlIsRejected() {
        CliRun run = CliRun.of("setup", "--es", "http://127.0.0.1:1", "--kafka", "127.0.0.1:1", "--kibana", "localhost:5601");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--kibana: 'localhost:5601' is not an http(s) URL such as http://localhost:5601");
    }

    @Test
    void aWaitThatIsNotPositiveIsRejected() {
        CliRun run = CliRun.of("setup", "--es", "http://127.0.0.1:1", "--kafka", "127.0.0.1:1", "--kibana", "http://k:5601",
                "--kibana-wait", "PT0S");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--kibana-wait: must be positive, got PT0S");
    }

    @Test
    void setupHelpDocumentsTheKibanaOptions() {
        CliRun run = CliRun.of("setup", "--help");
        assertThat(run.out()).contains("--kibana=URL").contains("--kibana-wait=DURATION").contains("Talent poaching dashboard");
    }
}

package io.talentwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SavepointDirectoryTest {

    @Test
    void theGivenDirectoryWinsOverTheClusterDefault() {
        Map<String, String> config = Map.of("execution.checkpointing.savepoint-dir", "s3://b/default");

        assertThat(SavepointDirectory.choose(Optional.of("/sp"), config, "--savepoint", "http://f:8081")).isEqualTo("/sp");
        assertThat(SavepointDirectory.choose(Optional.empty(), config, "--savepoint", "http://f:8081")).isEqualTo("s3://b/default");
    }

    @Test
    void theOlderKeyCountsToo() {
        assertThat(SavepointDirectory.configured(Map.of("state.savepoints.dir", "file:///sp"))).contains("file:///sp");
        assertThat(SavepointDirectory.configured(Map.of("state.savepoints.dir", " "))).isEmpty();
    }

    @Test
    void neitherGivenNorConfiguredNamesTheOptionTheClusterAndTheKeys() {
        assertThatThrownBy(() -> SavepointDirectory.choose(Optional.empty(), Map.of("rest.port", "8081"), "--savepoint", "http://f:8081"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No --savepoint DIR given")
                .hasMessageContaining("http://f:8081")
                .hasMessageContaining("execution.checkpointing.savepoint-dir")
                .hasMessageContaining("state.savepoints.dir");
    }
}

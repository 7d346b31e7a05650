package io.talentwatch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness's failure path: a cluster that cannot start says why and leaves nothing running. */
class LocalFlinkClusterIT {

    @Test
    void failedStartShowsTheLogsAndLeavesNoProcess() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LocalFlinkCluster.Builder builder = LocalFlinkCluster.builder()
                    .config("rest.port", Integer.toString(taken.getLocalPort()))
                    .startupTimeout(Duration.ofSeconds(60));

            assertThatThrownBy(builder::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("jobmanager.log")
                    .hasMessageContaining("BindException")
                    .hasMessageContaining("http://127.0.0.1:" + taken.getLocalPort());
        }
        List<ProcessHandle> flinkChildren = ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains("org.apache.flink"))
                .toList();
        assertThat(flinkChildren).isEmpty();
    }
}

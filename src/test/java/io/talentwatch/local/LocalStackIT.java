package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The demo's stack starts both services, honours preferred ports, and close() leaves nothing behind. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LocalStackIT {

    @Test
    void startsBothThenCloseStopsEveryProcessAndFreesEveryPort() throws Exception {
        int freePreferred = Ports.anyFree();
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(Ports.LOOPBACK, 0));
            int takenPreferred = squatter.getLocalPort();

            LocalStack stack = LocalStack.start(LocalStack.Options.defaults().withPorts(freePreferred, takenPreferred));
            Set<Long> pids = new HashSet<>();
            List<Integer> ports;
            List<Path> workDirs;
            try {
                assertThat(stack.elasticsearch().port()).as("free preferred port is used").isEqualTo(freePreferred);
                assertThat(stack.kafka().port()).as("taken preferred port falls back").isNotEqualTo(takenPreferred);
                assertThat(stack.elasticsearchUrl()).isEqualTo("http://127.0.0.1:" + freePreferred);

                assertThat(health(stack.elasticsearchUrl())).contains("\"status\":\"green\"");
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
                    assertThat(admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS))
                            .isEqualTo(stack.kafka().clusterId());
                }

                // Elasticsearch is two JVMs (CLI and server); both must be tracked to be stopped.
                Set<Long> esPids = stack.elasticsearch().pids();
                assertThat(esPids).hasSizeGreaterThanOrEqualTo(2);
                assertThat(stack.kafka().pids()).isNotEmpty();
                pids.addAll(esPids);
                pids.addAll(stack.kafka().pids());
                ports = List.of(stack.elasticsearch().port(), stack.kafka().port(), stack.kafka().controllerPort());
                workDirs = List.of(stack.elasticsearch().workDir(), stack.kafka().workDir());

                // The checks below must be able to fail: everything is in use now.
                assertThat(pids).allMatch(LocalStackIT::running);
                assertThat(ports).noneMatch(Ports::isFree);
                assertThat(workDirs).allMatch(Files::isDirectory);
            } finally {
                stack.close();
            }

            assertThat(pids).noneMatch(LocalStackIT::running);
            assertThat(ports).allMatch(Ports::isFree);
            assertThat(ports).noneMatch(Ports::isListening);
            assertThat(workDirs).noneMatch(Files::exists);
            assertThatCode(stack::close).as("close is idempotent").doesNotThrowAnyException();
            assertThat(stack.elasticsearch().isRunning()).isFalse();
            assertThat(stack.kafka().isRunning()).isFalse();
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false);
    }

    private static String health(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}

package io.talentwatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A real Elasticsearch 8 node (the integ-test distribution plus our analysis plugin) running as
 * a child process on 127.0.0.1, for the demo and the integration tests.
 *
 * <pre>{@code
 * try (LocalElasticsearch es = LocalElasticsearch.start()) {
 *     client.connect(es.url());
 * }
 * }</pre>
 */
public final class LocalElasticsearch implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(LocalElasticsearch.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Preferred HTTP port 9200, 512 MB heap, up to 2 minutes for a yellow cluster. */
    public static ServiceOptions defaultOptions() {
        return new ServiceOptions(9200, "512m", Duration.ofMinutes(2), false);
    }

    private final ManagedProcess process;
    private final int port;
    private final boolean secured;

    private LocalElasticsearch(ManagedProcess process, int port, boolean secured) {
        this.process = process;
        this.port = port;
        this.secured = secured;
    }

    public static LocalElasticsearch start() {
        return start(defaultOptions());
    }

    /** Starts a node and returns once the cluster is yellow; throws with the log tail otherwise. */
    public static LocalElasticsearch start(ServiceOptions options) {
        return start(options, null);
    }

    /**
     * A node with security on: https with the given certificate and one user (see
     * {@link ElasticsearchSecurity}); {@code security} null is the open node of {@link #start(ServiceOptions)}.
     */
    public static LocalElasticsearch start(ServiceOptions options, ElasticsearchSecurity security) {
        Path distribution = LocalPaths.elasticsearchHome();
        Path plugin = LocalPaths.analysisPlugin();
        long startedAt = System.nanoTime();
        ManagedProcess process = new ManagedProcess("elasticsearch", WorkDirs.create("talentwatch-es-"),
                options.keepWorkDir(), Duration.ofSeconds(30));
        ElasticsearchWorkDir dir = null;
        try {
            int port = Ports.choose(options.preferredPort());
            if (options.preferredPort() > 0 && port != options.preferredPort()) {
                LOG.info("Elasticsearch: port {} is taken, using {}", options.preferredPort(), port);
            }
            dir = ElasticsearchWorkDir.prepare(process.workDir(), distribution, plugin, port, options.heap(), security);
            process.launch(processBuilder(dir), dir.pidFile);
            awaitYellow(process, dir, port, options.startTimeout(), security);
            LocalElasticsearch node = new LocalElasticsearch(process, port, security != null);
            LOG.info("Elasticsearch ready at {} in {} ms (work dir {})",
                    node.url(), (System.nanoTime() - startedAt) / 1_000_000, dir.root);
            return node;
        } catch (RuntimeException | IOException e) {
            String logs = dir == null ? "" : LogTail.of(60, dir.console, dir.serverLog());
            throw process.startFailure("Elasticsearch", e, logs);
        }
    }

    private static ProcessBuilder processBuilder(ElasticsearchWorkDir dir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", dir.root.toString());
        env.put("ES_PATH_CONF", dir.config.toString());
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_TMPDIR", dir.tmp.toString());
        // Foreground (no -d): the CLI JVM stays our child and parent of the server JVM, so the tree
        // is visible to us and a crash at startup ends our child at once.
        List<String> command = Unprivileged.command(
                List.of(dir.home.resolve("bin/elasticsearch").toString(), "-p", dir.pidFile.toString()), env);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.root.toFile());
        builder.redirectErrorStream(true);
        builder.redirectOutput(dir.console.toFile());
        return builder;
    }

    private static void awaitYellow(ManagedProcess process, ElasticsearchWorkDir dir, int port, Duration timeout,
                                    ElasticsearchSecurity security) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        if (security != null) {
            client.sslContext(security.trustingOnlyThisCertificate());
        }
        HttpClient http = client.build();
        URI health = URI.create((security != null ? "https" : "http") + "://127.0.0.1:" + port
                + "/_cluster/health?wait_for_status=yellow&timeout=1s");
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer on port " + port;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process exited with code "
                        + process.exitCode().map(String::valueOf).orElse("?"));
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET();
                if (security != null) {
                    request.header("Authorization", security.login().authorizationHeader());
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                JsonNode body = JSON.readTree(response.body());
                String cluster = body.path("cluster_name").asText("");
                if (!cluster.isEmpty() && !cluster.equals(dir.clusterName)) {
                    throw new IllegalStateException("port " + port + " is answered by another Elasticsearch ("
                            + cluster + ")");
                }
                String status = body.path("status").asText();
                if (response.statusCode() == 200 && ("yellow".equals(status) || "green".equals(status))) {
                    return;
                }
                last = "HTTP " + response.statusCode() + ": " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
            ProcessTree.sleep(250);
        }
        throw new IllegalStateException("not yellow within " + timeout.toSeconds() + " s (last: " + last + ")");
    }

    /** Base URL, e.g. {@code http://127.0.0.1:9200}, or {@code https://...} for a secured node. */
    public String url() {
        return (secured ? "https" : "http") + "://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path workDir() {
        return process.workDir();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Pids of the CLI and server JVMs (and anything else they spawned) while running. */
    Set<Long> pids() {
        return process.pids();
    }

    /** Stops the node and everything it spawned, then deletes its work directory. Idempotent. */
    @Override
    public void close() {
        process.close();
    }
}

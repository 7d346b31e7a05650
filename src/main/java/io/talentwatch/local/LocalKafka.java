package io.talentwatch.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Uuid;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A real single-node Kafka 3.4 broker (KRaft, broker and controller in one process) running as a
 * child JVM on 127.0.0.1, started from this JVM's own classpath.
 *
 * <pre>{@code
 * try (LocalKafka kafka = LocalKafka.start()) {
 *     producerProps.put("bootstrap.servers", kafka.bootstrapServers());
 * }
 * }</pre>
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(LocalKafka.class);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    /** Preferred broker port 9092, 512 MB heap, up to 90 s for the broker to answer. */
    public static ServiceOptions defaultOptions() {
        return new ServiceOptions(9092, "512m", Duration.ofSeconds(90), false);
    }

    private final ManagedProcess process;
    private final int port;
    private final int controllerPort;
    private final String clusterId;

    private LocalKafka(ManagedProcess process, int port, int controllerPort, String clusterId) {
        this.process = process;
        this.port = port;
        this.controllerPort = controllerPort;
        this.clusterId = clusterId;
    }

    public static LocalKafka start() {
        return start(defaultOptions());
    }

    /** Formats the storage, starts the broker and returns once it answers; throws with the log tail otherwise. */
    public static LocalKafka start(ServiceOptions options) {
        long startedAt = System.nanoTime();
        ManagedProcess process = new ManagedProcess("kafka", WorkDirs.create("talentwatch-kafka-"),
                options.keepWorkDir(), Duration.ofSeconds(30));
        KafkaWorkDir dir = null;
        try {
            int port = Ports.choose(options.preferredPort());
            if (options.preferredPort() > 0 && port != options.preferredPort()) {
                LOG.info("Kafka: port {} is taken, using {}", options.preferredPort(), port);
            }
            int controllerPort = Ports.anyFree(port);
            dir = KafkaWorkDir.prepare(process.workDir(), port, controllerPort);
            String clusterId = Uuid.randomUuid().toString();
            format(dir, clusterId);
            process.launch(childJvm(dir, options.heap(), dir.serverLog, "INFO", "kafka.Kafka",
                    List.of(dir.serverProperties.toString())).redirectOutput(dir.console.toFile()), null);
            awaitBroker(process, port, clusterId, options.startTimeout());
            LOG.info("Kafka ready at 127.0.0.1:{} in {} ms (work dir {})",
                    port, (System.nanoTime() - startedAt) / 1_000_000, dir.root);
            return new LocalKafka(process, port, controllerPort, clusterId);
        } catch (RuntimeException | IOException e) {
            String logs = dir == null ? "" : LogTail.of(60, dir.formatOutput, dir.console, dir.serverLog);
            throw process.startFailure("Kafka", e, logs);
        }
    }

    /** KRaft needs its log directories formatted with the cluster id before the first start. */
    private static void format(KafkaWorkDir dir, String clusterId) throws IOException {
        List<String> args = List.of("format", "-t", clusterId, "-c", dir.serverProperties.toString());
        // WARN: at INFO the formatter dumps the whole broker config, burying any error.
        Process format = childJvm(dir, "128m", dir.formatOutput, "WARN", "kafka.tools.StorageTool", args)
                .redirectOutput(dir.formatOutput.toFile())
                .start();
        try {
            if (!format.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("StorageTool format did not finish in " + FORMAT_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("StorageTool format exited with " + format.exitValue());
        }
    }

    private static ProcessBuilder childJvm(KafkaWorkDir dir, String heap, Path logFile, String logLevel,
                                           String mainClass, List<String> args) {
        List<String> jvm = new ArrayList<>(List.of(
                "-Xmx" + heap,
                "-Djava.awt.headless=true",
                // Kafka logs from its own shutdown hook: log4j must not stop first.
                "-Dlog4j2.shutdownHookEnabled=false",
                "-Dlog4j2.configurationFile=" + dir.log4jConfig.toUri(),
                "-D" + KafkaWorkDir.LOG_FILE_PROPERTY + "=" + logFile,
                "-D" + KafkaWorkDir.LOG_LEVEL_PROPERTY + "=" + logLevel));
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(jvm, mainClass, args)).directory(dir.root.toFile());
        // Options meant for our JVM (agents, debug ports) must not reach the broker.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.redirectErrorStream(true);
        return builder;
    }

    private static void awaitBroker(ManagedProcess process, int port, String clusterId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        // Wait for the socket first: an AdminClient pointed at a closed port logs a warning per retry.
        while (!Ports.isListening(port)) {
            checkAlive(process);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("port " + port + " not open within " + timeout.toSeconds() + " s");
            }
            ProcessTree.sleep(200);
        }
        String last = "no answer";
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            while (System.nanoTime() < deadline) {
                checkAlive(process);
                try {
                    DescribeClusterResult cluster = admin.describeCluster();
                    String answeredId = cluster.clusterId().get(10, TimeUnit.SECONDS);
                    if (!clusterId.equals(answeredId)) {
                        throw new IllegalStateException("port " + port + " is answered by another Kafka (cluster " + answeredId + ")");
                    }
                    if (!cluster.nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                    last = "no broker registered yet";
                } catch (ExecutionException | TimeoutException e) {
                    last = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
                ProcessTree.sleep(200);
            }
        }
        throw new IllegalStateException("broker did not answer within " + timeout.toSeconds() + " s (last: " + last + ")");
    }

    private static void checkAlive(ManagedProcess process) {
        if (!process.isAlive()) {
            throw new IllegalStateException("the broker process exited with code "
                    + process.exitCode().map(String::valueOf).orElse("?"));
        }
    }

    /** {@code 127.0.0.1:PORT}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The KRaft controller's port (nothing outside the broker needs it; tests check it is released). */
    public int controllerPort() {
        return controllerPort;
    }

    public String clusterId() {
        return clusterId;
    }

    public Path workDir() {
        return process.workDir();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Pids of the broker JVM (and anything it spawned) while running. */
    Set<Long> pids() {
        return process.pids();
    }

    /** Stops the broker (SIGTERM, then SIGKILL after 30 s) and deletes its work directory. Idempotent. */
    @Override
    public void close() {
        process.close();
    }
}

package io.talentwatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the conf dir of a test cluster: {@code config.yaml} and {@code log4j.properties}. */
final class FlinkClusterConfig {

    static final String CONFIG_FILE = "config.yaml";
    static final String LOG4J_FILE = "log4j.properties";

    private FlinkClusterConfig() {}

    /** Settings every test cluster gets; {@code overrides} win. Returns the full map as written. */
    static Map<String, String> write(ClusterLayout layout, int rpcPort, int restPort, int taskSlots,
            Map<String, String> overrides) throws IOException {
        Map<String, String> config = new LinkedHashMap<>();
        // Loopback only, and ports of our own: other engineers' clusters may run on this machine.
        config.put("jobmanager.rpc.address", "localhost");
        config.put("jobmanager.rpc.port", Integer.toString(rpcPort));
        config.put("jobmanager.bind-host", "localhost");
        config.put("taskmanager.bind-host", "localhost");
        config.put("taskmanager.host", "localhost");
        config.put("rest.address", ClusterLayout.LOOPBACK);
        config.put("rest.bind-address", ClusterLayout.LOOPBACK);
        config.put("rest.port", Integer.toString(restPort));
        // Sizes that fit a 2-core, shared machine.
        config.put("jobmanager.memory.process.size", "1g");
        config.put("taskmanager.memory.process.size", "1536m");
        config.put("taskmanager.numberOfTaskSlots", Integer.toString(taskSlots));
        config.put("parallelism.default", "1");
        // Both JVMs start together; a TaskManager that finds no ResourceManager yet retries after
        // this delay, 10 s by default, which was most of the start-up time.
        config.put("cluster.registration.error-delay", "500 ms");
        // Everything the cluster writes stays inside its work dir.
        config.put("execution.checkpointing.dir", layout.checkpointDir().toUri().toString());
        config.put("execution.checkpointing.savepoint-dir", layout.savepointDir().toUri().toString());
        config.put("io.tmp.dirs", layout.tmpDir().toString());
        config.put("web.tmpdir", layout.tmpDir().toString());
        config.put("web.upload.dir", layout.uploadDir().toString());
        config.putAll(overrides);

        StringBuilder yaml = new StringBuilder("# Written by LocalFlinkCluster; flattened keys are valid in Flink's config.yaml.\n");
        config.forEach((key, value) -> yaml.append(key).append(": ").append(quote(value)).append('\n'));
        Files.writeString(layout.confDir().resolve(CONFIG_FILE), yaml);
        Files.writeString(layout.confDir().resolve(LOG4J_FILE), LOG4J_PROPERTIES);
        return config;
    }

    /** YAML single-quoted scalar: no escapes but '' for '. */
    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * INFO to the file named by -Dlog.file (the web UI reads it too); only warnings to the console (.out).
     * Append: log4j restarts while Flink shuts down, and would truncate the log otherwise.
     */
    private static final String LOG4J_PROPERTIES = """
            monitorInterval = 0
            rootLogger.level = INFO
            rootLogger.appenderRef.file.ref = MainFile
            rootLogger.appenderRef.console.ref = Console

            appender.file.name = MainFile
            appender.file.type = File
            appender.file.append = true
            appender.file.fileName = ${sys:log.file}
            appender.file.layout.type = PatternLayout
            appender.file.layout.pattern = %d{HH:mm:ss,SSS} %-5p %-60c %x - %m%n

            appender.console.name = Console
            appender.console.type = Console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = %d{HH:mm:ss,SSS} %-5p %-60c %x - %m%n
            appender.console.filter.threshold.type = ThresholdFilter
            appender.console.filter.threshold.level = WARN

            logger.netty.name = org.apache.flink.shaded.netty4.io.netty.channel.nio.NioEventLoop
            logger.netty.level = ERROR
            """;
}

package io.talentwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files of a single-node KRaft broker: server.properties, a log4j2 config, data and logs. */
final class KafkaWorkDir {

    static final String LOG_FILE_PROPERTY = "talentwatch.kafka.log.file";
    static final String LOG_LEVEL_PROPERTY = "talentwatch.kafka.log.level";

    final Path root;
    final Path data;
    final Path serverProperties;
    final Path log4jConfig;
    final Path serverLog;
    final Path console;
    final Path formatOutput;

    private KafkaWorkDir(Path root) {
        this.root = root;
        this.data = root.resolve("data");
        this.serverProperties = root.resolve("server.properties");
        this.log4jConfig = root.resolve("log4j2.properties");
        this.serverLog = root.resolve("kafka.log");
        this.console = root.resolve("console.log");
        this.formatOutput = root.resolve("format.log");
    }

    static KafkaWorkDir prepare(Path root, int brokerPort, int controllerPort) throws IOException {
        KafkaWorkDir dir = new KafkaWorkDir(root);
        Files.createDirectories(dir.data);
        Files.writeString(dir.serverProperties, dir.serverProperties(brokerPort, controllerPort));
        Files.writeString(dir.log4jConfig, dir.log4jConfig());
        return dir;
    }

    private String serverProperties(int brokerPort, int controllerPort) {
        return String.join("\n",
                "# Written by io.talentwatch.local.LocalKafka: a throwaway single-node KRaft broker.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + data,
                // One node: every replication factor and ISR must be 1, or consumers and transactions stall.
                "num.partitions=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                // The internal topics' default 50 partitions cost seconds on the first consumer group.
                "offsets.topic.num.partitions=1",
                "transaction.state.log.num.partitions=1",
                // Flink's exactly-once Kafka sink uses transactions of up to 1 h (broker default max: 15 min).
                "transaction.max.timeout.ms=3600000",
                "group.initial.rebalance.delay.ms=0",
                // Topics are created on purpose, never by a typo in a producer.
                "auto.create.topics.enable=false",
                "");
    }

    /** Kafka 3.4 logs through the log4j 1 API; log4j-1.2-api routes it to log4j 2, configured here. */
    private String log4jConfig() {
        return String.join("\n",
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = file",
                // Set per process, so the storage formatter does not write into the broker's log.
                "appender.file.fileName = ${sys:" + LOG_FILE_PROPERTY + "}",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = ${sys:" + LOG_LEVEL_PROPERTY + ":-INFO}",
                "rootLogger.appenderRef.file.ref = file",
                "");
    }
}

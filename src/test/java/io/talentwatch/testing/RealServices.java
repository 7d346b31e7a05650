package io.talentwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import io.talentwatch.local.LocalElasticsearch;
import io.talentwatch.local.LocalKafka;

/**
 * The real Elasticsearch and Kafka shared by every integration test class of a test JVM, and the
 * standalone Flink cluster shared by the classes that submit to one with its defaults: each is
 * started on first use, on free ports, and stopped at JVM exit by its own shutdown hooks.
 * Never close what these methods return.
 *
 * <pre>{@code
 * String es = RealServices.elasticsearch().url();
 * String kafka = RealServices.kafka().bootstrapServers();
 * URI flink = RealServices.flinkCluster().restUrl();
 * }</pre>
 */
public final class RealServices {

    private static final Object ELASTICSEARCH_LOCK = new Object();
    private static final Object KAFKA_LOCK = new Object();
    private static final Object FLINK_LOCK = new Object();
    private static LocalElasticsearch elasticsearch;
    private static LocalKafka kafka;
    private static LocalFlinkCluster flinkCluster;

    private RealServices() {
    }

    public static LocalElasticsearch elasticsearch() {
        synchronized (ELASTICSEARCH_LOCK) {
            // Restart if a test (wrongly) closed it or it died: later classes still get a live node.
            if (elasticsearch == null || !elasticsearch.isRunning()) {
                elasticsearch = LocalElasticsearch.start(LocalElasticsearch.defaultOptions().withPort(0));
            }
            return elasticsearch;
        }
    }

    public static LocalKafka kafka() {
        synchronized (KAFKA_LOCK) {
            if (kafka == null || !kafka.isRunning()) {
                kafka = LocalKafka.start(LocalKafka.defaultOptions().withPort(0));
            }
            return kafka;
        }
    }

    /**
     * A standalone cluster with {@link LocalFlinkCluster#start()}'s defaults (2 slots). Its users must
     * leave no job running, so the next class finds both slots free.
     */
    public static LocalFlinkCluster flinkCluster() {
        synchronized (FLINK_LOCK) {
            if (flinkCluster == null || !flinkCluster.isRunning()) {
                try {
                    flinkCluster = LocalFlinkCluster.start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return flinkCluster;
        }
    }

    /** Starts both in parallel, for tests that need both (saves the few seconds Kafka takes). */
    public static void startBoth() {
        CompletableFuture<LocalKafka> startingKafka = CompletableFuture.supplyAsync(
                RealServices::kafka, task -> new Thread(task, "real-services-kafka").start());
        elasticsearch();
        startingKafka.join();
    }
}

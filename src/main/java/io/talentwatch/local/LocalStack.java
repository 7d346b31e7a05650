package io.talentwatch.local;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Elasticsearch and Kafka together, as {@code talentwatch demo} needs them. Both start in
 * parallel (Elasticsearch takes the longer, about 10 s); if either fails, the other is stopped.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStack.Options.defaults())) {
 *     runPipeline(stack.kafkaBootstrap(), stack.elasticsearchUrl());
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    public record Options(ServiceOptions elasticsearch, ServiceOptions kafka) {

        /** Preferred ports 9200 and 9092, falling back to free ports when taken. */
        public static Options defaults() {
            return new Options(LocalElasticsearch.defaultOptions(), LocalKafka.defaultOptions());
        }

        /** Preferred ports; 0 means any free port. */
        public Options withPorts(int elasticsearchPort, int kafkaPort) {
            return new Options(elasticsearch.withPort(elasticsearchPort), kafka.withPort(kafkaPort));
        }

        public Options withKeepWorkDirs(boolean keep) {
            return new Options(elasticsearch.withKeepWorkDir(keep), kafka.withKeepWorkDir(keep));
        }
    }

    private final LocalElasticsearch elasticsearch;
    private final LocalKafka kafka;

    private LocalStack(LocalElasticsearch elasticsearch, LocalKafka kafka) {
        this.elasticsearch = elasticsearch;
        this.kafka = kafka;
    }

    public static LocalStack start() {
        return start(Options.defaults());
    }

    public static LocalStack start(Options options) {
        // Its own thread, not the common pool: this blocks for seconds.
        CompletableFuture<LocalKafka> kafka = CompletableFuture.supplyAsync(
                () -> LocalKafka.start(options.kafka()),
                task -> new Thread(task, "talentwatch-start-kafka").start());
        LocalElasticsearch elasticsearch;
        try {
            elasticsearch = LocalElasticsearch.start(options.elasticsearch());
        } catch (RuntimeException e) {
            try {
                kafka.thenAccept(LocalKafka::close).join();
            } catch (CompletionException kafkaFailed) {
                e.addSuppressed(kafkaFailed.getCause());
            }
            throw e;
        }
        try {
            return new LocalStack(elasticsearch, kafka.join());
        } catch (CompletionException e) {
            elasticsearch.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** e.g. {@code http://127.0.0.1:9200} */
    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    /** e.g. {@code 127.0.0.1:9092} */
    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    public LocalElasticsearch elasticsearch() {
        return elasticsearch;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    /** Stops both services. Idempotent. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            elasticsearch.close();
        }
    }
}

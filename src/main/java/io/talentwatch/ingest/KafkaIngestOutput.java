package io.talentwatch.ingest;

import io.talentwatch.feed.FeedTopicProducer;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/** The ingester's records into Kafka: idempotent and acknowledged by all replicas, as replay publishes. */
public final class KafkaIngestOutput implements IngestOutput {
    private final KafkaProducer<byte[], byte[]> producer;

    public KafkaIngestOutput(String bootstrapServers) {
        this.producer = new KafkaProducer<>(FeedTopicProducer.config(bootstrapServers));
    }

    @Override
    public void send(OutgoingRecord record, Consumer<Exception> onFailure) {
        try {
            producer.send(new ProducerRecord<>(record.topic(), null, record.timestamp(), record.key(), record.value()), (metadata, e) -> {
                if (e != null) {
                    onFailure.accept(e);
                }
            });
        } catch (KafkaException e) { // a record too large, a producer closed by shutdown: that record fails, the ingester goes on
            onFailure.accept(e);
        }
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}

package io.talentwatch.replay;

import io.talentwatch.definition.TopicNames;
import io.talentwatch.feed.FeedTopicProducer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The replay's records into Kafka: idempotent, acknowledged by all replicas, checked every 10,000 sends. */
final class KafkaReplayOutput implements ReplayOutput {
    private final KafkaProducer<byte[], byte[]> producer;
    private final TopicNames topics;
    private final List<Future<?>> pending = new ArrayList<>();

    KafkaReplayOutput(String bootstrapServers, TopicNames topics) {
        this.producer = new KafkaProducer<>(FeedTopicProducer.config(bootstrapServers));
        this.topics = topics;
    }

    @Override
    public void item(String topic, byte[] key, long timestamp, byte[] value) throws InterruptedException {
        track(producer.send(new ProducerRecord<>(topic, null, timestamp, key, value)));
    }

    @Override
    public void deadLetter(byte[] key, byte[] value) throws InterruptedException {
        track(producer.send(new ProducerRecord<>(topics.deadLetter(), key, value)));
    }

    @Override
    public void finish() throws InterruptedException {
        producer.flush();
        checkSends();
    }

    @Override
    public void close() {
        producer.close();
    }

    private void track(Future<?> send) throws InterruptedException {
        pending.add(send);
        if (pending.size() >= 10_000) {
            checkSends();
        }
    }

    private void checkSends() throws InterruptedException {
        for (Future<?> send : pending) {
            try {
                send.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused a record: " + e.getCause().getMessage(), e.getCause());
            }
        }
        pending.clear();
    }
}

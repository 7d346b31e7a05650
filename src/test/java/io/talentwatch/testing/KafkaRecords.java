package io.talentwatch.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Reads and writes raw records on the real broker. */
public final class KafkaRecords {
    private KafkaRecords() {}

    /** Reads a topic from the beginning until at least {@code atLeast} records arrived or the timeout passed. */
    public static List<ConsumerRecord<byte[], byte[]>> read(String topic, int atLeast, Duration timeout) {
        return read(List.of(topic), atLeast, timeout);
    }

    /** The same over several topics at once, records in arrival order. */
    public static List<ConsumerRecord<byte[], byte[]>> read(List<String> topics, int atLeast, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(topics);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    public static void write(String topic, long timestamp, byte[]... values) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>(topic, null, timestamp, null, value));
            }
            producer.flush();
        }
    }

    /** One record on partition {@code partition} of {@code topic}. */
    public static void writeToPartition(String topic, int partition, long timestamp, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, partition, timestamp, null, value));
            producer.flush();
        }
    }

    /** One record on each partition of {@code topic}, the value made for its partition number. */
    public static void writeToEveryPartition(String topic, long timestamp, IntFunction<byte[]> value) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (PartitionInfo partition : producer.partitionsFor(topic)) {
                producer.send(new ProducerRecord<>(topic, partition.partition(), timestamp, null, value.apply(partition.partition())));
            }
            producer.flush();
        }
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}

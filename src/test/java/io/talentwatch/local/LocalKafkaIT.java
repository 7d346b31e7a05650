package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.talentwatch.testing.RealServices;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared real Kafka broker: topics, a timestamped round trip through a consumer group. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LocalKafkaIT {

    private static final long EVENT_TIME = 1_700_000_000_123L; // 2023-11-14T22:13:20.123Z

    @Test
    void brokerRunsWithSingleNodeSettings() throws Exception {
        try (Admin admin = admin()) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            Config config = admin.describeConfigs(Set.of(new ConfigResource(ConfigResource.Type.BROKER, "1")))
                    .all().get().values().iterator().next();
            assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
            assertThat(config.get("offsets.topic.replication.factor").value()).isEqualTo("1");
            assertThat(config.get("min.insync.replicas").value()).isEqualTo("1");
            assertThat(config.get("group.initial.rebalance.delay.ms").value()).isEqualTo("0");
        }
    }

    @Test
    void recordRoundTripsWithItsTimestampThroughAConsumerGroup() throws Exception {
        String topic = "it-roundtrip-" + System.nanoTime();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }

        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            sent = producer.send(new ProducerRecord<>(topic, null, EVENT_TIME, "acme", "عرض عمل من منافس"))
                    .get(30, TimeUnit.SECONDS);
        }
        assertThat(sent.timestamp()).isEqualTo(EVENT_TIME);

        String group = "it-group-" + System.nanoTime();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }

            assertThat(received).hasSize(1);
            ConsumerRecord<String, String> record = received.get(0);
            assertThat(record.key()).isEqualTo("acme");
            assertThat(record.value()).isEqualTo("عرض عمل من منافس");
            assertThat(record.timestamp()).isEqualTo(EVENT_TIME);
            assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);

            // Group offsets live in __consumer_offsets: this fails if its replication cannot be met.
            consumer.commitSync(Duration.ofSeconds(30));
            Map<TopicPartition, OffsetAndMetadata> committed =
                    consumer.committed(Set.of(new TopicPartition(topic, 0)), Duration.ofSeconds(30));
            assertThat(committed.get(new TopicPartition(topic, 0)).offset()).isEqualTo(1L);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.kafka().bootstrapServers()));
    }
}

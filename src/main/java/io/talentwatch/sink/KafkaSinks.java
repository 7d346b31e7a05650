package io.talentwatch.sink;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.model.DeadLetter;
import io.talentwatch.model.Spike;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Spike alerts and dead letters as JSON on their Kafka topics (at least once; both carry stable keys). */
public final class KafkaSinks {
    private KafkaSinks() {}

    public static KafkaSink<Spike> alerts(JobDefinition job) {
        String name = job.name();
        return sink(job, job.kafka().topics().alerts(), Spike::id, s -> Json.bytes(SinkDocuments.spike(s, name)));
    }

    public static KafkaSink<DeadLetter> deadLetters(JobDefinition job) {
        return sink(job, job.kafka().topics().deadLetter(), DeadLetter::origin, SinkDocuments::deadLetterJson);
    }

    private static <T> KafkaSink<T> sink(JobDefinition job, String topic, SerializableFunction<T, String> key,
                                         SerializableFunction<T, byte[]> value) {
        KafkaRecordSerializationSchema<T> schema = (element, context, timestamp) -> new ProducerRecord<>(
                topic, null, timestamp, key.apply(element).getBytes(StandardCharsets.UTF_8), value.apply(element));
        return KafkaSink.<T>builder()
                .setBootstrapServers(job.kafka().bootstrapServers())
                .setRecordSerializer(schema)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}

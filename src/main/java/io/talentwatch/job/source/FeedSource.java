package io.talentwatch.job.source;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.KafkaSettings;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The news and social topics as one source. Event time is the Kafka record timestamp, which
 * TalentWatch's producers (replay, connectors) set to the item's own publication time; watermarks
 * are tracked per partition, and a quiet partition stops holding them back after {@code idleness}.
 */
public final class FeedSource {
    private FeedSource() {}

    public static KafkaSource<RawRecord> of(JobDefinition job, Long fromTimestamp) {
        KafkaSettings kafka = job.kafka();
        return KafkaSource.<RawRecord>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setTopics(kafka.topics().news(), kafka.topics().social())
                .setGroupId(job.consumerGroup())
                .setStartingOffsets(startingOffsets(kafka.startFrom(), fromTimestamp))
                .setDeserializer(new RawRecordDeserializer())
                .setProperty("partition.discovery.interval.ms", "60000")
                .setProperty("commit.offsets.on.checkpoint", "true")
                .build();
    }

    public static WatermarkStrategy<RawRecord> watermarks(JobDefinition job) {
        Duration outOfOrder = job.eventTime().maxOutOfOrderness();
        return WatermarkStrategy.<RawRecord>forBoundedOutOfOrderness(outOfOrder)
                .withTimestampAssigner((record, kafkaTimestamp) -> record.timestamp())
                .withIdleness(job.eventTime().idleness());
    }

    private static OffsetsInitializer startingOffsets(KafkaSettings.StartFrom startFrom, Long fromTimestamp) {
        if (fromTimestamp != null) {
            return OffsetsInitializer.timestamp(fromTimestamp);
        }
        return switch (startFrom) {
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
            case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
        };
    }
}

package io.talentwatch.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.TopicNames;
import java.nio.file.Path;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicDefinitionsTest {

    /**
     * Record timestamps are event time, so replayed history looks long expired to Kafka: a time limit
     * on any topic deletes a replay of last year's feed before the job reads it (seen in a test run
     * on a clock 17 months past the sample). Every topic is bounded by size instead.
     */
    @Test
    void shippedTopicsAreBoundedBySizeNotByTheirRecordsEventTime() {
        TopicDefinitions shipped = TopicDefinitions.load(Path.of("connectors/kafka/topics.yaml"));
        TopicNames names = new TopicNames("n", "s", "d", "a");

        assertThat(shipped.forJob(names).values()).hasSize(4).allSatisfy((NewTopic topic) -> {
            assertThat(topic.configs()).as(topic.name()).containsEntry("retention.ms", "-1");
            assertThat(Long.parseLong(topic.configs().get("retention.bytes"))).as(topic.name()).isPositive();
        });
    }
}

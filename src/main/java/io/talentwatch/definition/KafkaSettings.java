package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.required;

import java.io.Serializable;

/**
 * Where the job reads feeds and writes alerts. {@code bootstrapServers} is usually overridden at
 * submission ({@code --kafka}); {@code startFrom} decides where a job without a checkpoint begins.
 */
public record KafkaSettings(String bootstrapServers, String groupId, TopicNames topics, StartFrom startFrom)
        implements Serializable {

    /** Where a fresh job starts reading; a job restored from a checkpoint always resumes from it. */
    public enum StartFrom { EARLIEST, LATEST, COMMITTED }

    public KafkaSettings {
        bootstrapServers = required("bootstrap-servers", orDefault(bootstrapServers, "localhost:9092"));
        groupId = groupId == null ? null : required("group-id", groupId);
        topics = orDefault(topics, TopicNames.defaults());
        startFrom = orDefault(startFrom, StartFrom.EARLIEST);
    }

    static KafkaSettings defaults() {
        return new KafkaSettings(null, null, null, null);
    }

    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(servers, groupId, topics, startFrom);
    }
}

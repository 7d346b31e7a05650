package io.talentwatch.setup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.talentwatch.definition.TopicNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/** connectors/kafka/topics.yaml: how the topic of each role is created. */
public record TopicDefinitions(Spec news, Spec social, Spec deadLetter, Spec alerts) {

    /** Partitions, replication and topic configs of one role. */
    public record Spec(Integer partitions, Short replicationFactor, Map<String, String> config) {
        public Spec {
            partitions = partitions == null ? 1 : partitions;
            replicationFactor = replicationFactor == null ? 1 : replicationFactor;
            config = config == null ? Map.of() : Map.copyOf(config);
            if (partitions < 1 || replicationFactor < 1) {
                throw new IllegalArgumentException("partitions and replication-factor must be at least 1");
            }
        }

        NewTopic named(String name) {
            return new NewTopic(name, partitions, replicationFactor).configs(config);
        }
    }

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static TopicDefinitions load(Path file) {
        try {
            TopicDefinitions definitions = YAML.readValue(file.toFile(), TopicDefinitions.class);
            if (definitions.news == null || definitions.social == null || definitions.deadLetter == null || definitions.alerts == null) {
                throw new IllegalArgumentException(file + ": needs news, social, dead-letter and alerts");
            }
            return definitions;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The topics to create for a job, by name. */
    public Map<String, NewTopic> forJob(TopicNames names) {
        Map<String, NewTopic> topics = new LinkedHashMap<>();
        topics.put(names.news(), news.named(names.news()));
        topics.put(names.social(), social.named(names.social()));
        topics.put(names.deadLetter(), deadLetter.named(names.deadLetter()));
        topics.put(names.alerts(), alerts.named(names.alerts()));
        return topics;
    }
}

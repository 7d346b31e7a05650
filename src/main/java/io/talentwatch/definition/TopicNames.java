package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.required;

import java.io.Serializable;

/** The Kafka topics a job reads and writes. Their partitions and retention live in connectors/kafka/topics.yaml. */
public record TopicNames(String news, String social, String deadLetter, String alerts) implements Serializable {
    public TopicNames {
        news = required("news", orDefault(news, "feeds.news"));
        social = required("social", orDefault(social, "feeds.social"));
        deadLetter = required("dead-letter", orDefault(deadLetter, "feeds.dlq"));
        alerts = required("alerts", orDefault(alerts, "talentwatch.spikes"));
    }

    static TopicNames defaults() {
        return new TopicNames(null, null, null, null);
    }
}

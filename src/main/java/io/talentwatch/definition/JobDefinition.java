package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.list;
import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.required;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One watch, as written in {@code jobs/*.yaml}: what to look for (companies, people, topic) and how
 * the job runs (topics, windows, spikes, indices). Read it with {@link JobDefinitionLoader}.
 */
public record JobDefinition(
        String name,
        KafkaSettings kafka,
        ElasticsearchSettings elasticsearch,
        EventTimeSettings eventTime,
        WindowSettings windows,
        SpikeSettings spikes,
        DedupSettings dedup,
        CheckpointSettings checkpoints,
        List<Company> companies,
        List<Person> people,
        TopicVocabulary topic,
        FlowCues flows) implements Serializable {

    public JobDefinition {
        name = required("name", name);
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidSetting("name", "must be lower case letters, digits or '-', got '" + name + "'");
        }
        kafka = orDefault(kafka, KafkaSettings.defaults());
        elasticsearch = orDefault(elasticsearch, ElasticsearchSettings.defaults());
        eventTime = orDefault(eventTime, EventTimeSettings.defaults());
        windows = orDefault(windows, WindowSettings.defaults());
        spikes = orDefault(spikes, SpikeSettings.defaults());
        dedup = orDefault(dedup, DedupSettings.defaults());
        checkpoints = orDefault(checkpoints, CheckpointSettings.defaults());
        companies = list(companies);
        people = list(people);
        if (companies.isEmpty()) {
            throw new InvalidSetting("companies", "needs at least one company to watch");
        }
        if (topic == null) {
            throw new InvalidSetting("topic", "is required");
        }
        flows = orDefault(flows, FlowCues.none());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < companies.size(); i++) {
            if (!ids.add(companies.get(i).id())) {
                throw new InvalidSetting("companies[" + i + "].id", "'" + companies.get(i).id() + "' is used twice");
            }
        }
        for (int i = 0; i < people.size(); i++) {
            if (!ids.contains(people.get(i).company())) {
                throw new InvalidSetting("people[" + i + "].company", "'" + people.get(i).company() + "' is not a company id in this file");
            }
        }
    }

    /** The Kafka consumer group: explicit, or derived from the job's name so two watches never share offsets. */
    public String consumerGroup() {
        return kafka.groupId() != null ? kafka.groupId() : "talentwatch-" + name;
    }

    /**
     * Deployment addresses over the definition's own: {@code kafka} bootstrap servers and
     * {@code elasticsearchHosts} as comma-separated URLs; null leaves a setting as it is.
     */
    public JobDefinition withDeployment(String kafkaServers, String elasticsearchHosts) {
        JobDefinition job = this;
        if (kafkaServers != null) {
            job = job.withKafkaBootstrap(kafkaServers);
        }
        if (elasticsearchHosts != null) {
            job = job.withElasticsearchHosts(java.util.Arrays.asList(elasticsearchHosts.split(",")));
        }
        return job;
    }

    /** {@code --es-user} and {@code --es-password-file} over the definition's own; null leaves a setting as it is. */
    public JobDefinition withElasticsearchLogin(String username, String passwordFile) {
        if (username == null && passwordFile == null) {
            return this;
        }
        return new JobDefinition(name, kafka, elasticsearch.withLogin(username, passwordFile), eventTime, windows, spikes,
                dedup, checkpoints, companies, people, topic, flows);
    }

    public JobDefinition withKafkaBootstrap(String servers) {
        return new JobDefinition(name, kafka.withBootstrapServers(servers), elasticsearch, eventTime, windows, spikes,
                dedup, checkpoints, companies, people, topic, flows);
    }

    public JobDefinition withElasticsearchHosts(List<String> hosts) {
        return new JobDefinition(name, kafka, elasticsearch.withHosts(hosts), eventTime, windows, spikes,
                dedup, checkpoints, companies, people, topic, flows);
    }
}

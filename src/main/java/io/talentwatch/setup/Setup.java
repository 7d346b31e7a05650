package io.talentwatch.setup;

import io.talentwatch.definition.JobDefinition;
import java.nio.file.Path;
import java.util.List;

/** Everything a job needs before it starts: index templates in Elasticsearch and topics in Kafka. */
public final class Setup {
    private Setup() {}

    /** What one run of setup did. */
    public record Result(IndexTemplates.Installed indexTemplates, List<String> createdTopics) {}

    public static Result run(JobDefinition job, Path connectorsDir, String elasticsearchUrl, String kafkaBootstrap) {
        // The credentials of the job definition (after --es-user/--es-password-file) and of this JVM's environment.
        ElasticsearchClient es = new ElasticsearchClient(elasticsearchUrl, job.elasticsearch().credentials());
        IndexTemplates.Installed templates = IndexTemplates.install(es,
                connectorsDir.resolve("elasticsearch"), job.elasticsearch().indexPrefix());
        List<String> topics = KafkaTopics.ensure(kafkaBootstrap,
                TopicDefinitions.load(connectorsDir.resolve("kafka/topics.yaml")).forJob(job.kafka().topics()));
        return new Result(templates, topics);
    }
}

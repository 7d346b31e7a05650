package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.setup.Setup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Install the Elasticsearch index templates and create the Kafka topics a job needs. Running it twice is harmless.")
final class SetupCommand implements Callable<Integer> {
    @Option(names = "--es", required = true, paramLabel = "URL", description = "Elasticsearch, e.g. http://localhost:9200.")
    String elasticsearch;

    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String kafka;

    @Mixin
    JobOptions job;

    @Mixin
    ElasticsearchLoginOptions login;

    @Option(names = "--connectors", paramLabel = "DIR", defaultValue = "connectors",
            description = "Where the templates and topic definitions live (default: ${DEFAULT-VALUE}).")
    Path connectors;

    @Override
    public Integer call() {
        JobDefinition definition = login.applyTo(job.load());
        Setup.Result result = Setup.run(definition, Home.resolve(connectors), elasticsearch, kafka);
        System.out.println("index templates installed: " + String.join(", ", result.templates()));
        System.out.println(result.createdTopics().isEmpty()
                ? "topics: all present" : "topics created: " + String.join(", ", result.createdTopics()));
        return 0;
    }
}

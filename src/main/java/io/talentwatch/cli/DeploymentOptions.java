package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the job's Kafka and Elasticsearch are, overriding the job definition; shared by run and submit. */
final class DeploymentOptions {
    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers, as the job reaches them (default: the job definition's).")
    String kafka;

    @Option(names = "--es", paramLabel = "URL[,URL]",
            description = "Elasticsearch URLs, as the job reaches them (default: the job definition's).")
    String elasticsearch;

    @Mixin
    ElasticsearchLoginOptions login;

    JobDefinition applyTo(JobDefinition job) {
        return login.applyTo(job.withDeployment(kafka, elasticsearch));
    }

    /** The same overrides as the job jar's own arguments (see JobArguments). */
    List<String> asJobArguments() {
        List<String> args = new ArrayList<>();
        if (kafka != null) {
            args.addAll(List.of("--kafka", kafka));
        }
        if (elasticsearch != null) {
            args.addAll(List.of("--es", elasticsearch));
        }
        args.addAll(login.asJobArguments());
        return args;
    }
}

package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.local.LocalFlink;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a job on an embedded local Flink against your Kafka and Elasticsearch, until Ctrl-C.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Mixin
    DeploymentOptions deployment;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1", description = "Parallelism (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = deployment.applyTo(job.load());
        try (LocalFlink flink = LocalFlink.start(definition, parallelism, new Configuration(), deployment.fromTimestampMillis())) {
            System.out.println("job " + definition.name() + " running on a local Flink (" + flink.jobId() + "); Ctrl-C stops it");
            flink.awaitTermination();
        }
        return 0;
    }
}

package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the job's Kafka and Elasticsearch are, overriding the job definition, and where in the topics it starts; shared by run and submit. */
final class DeploymentOptions {
    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers, as the job reaches them (default: the job definition's).")
    String kafka;

    @Option(names = "--es", paramLabel = "URL[,URL]",
            description = "Elasticsearch URLs, as the job reaches them (default: the job definition's).")
    String elasticsearch;

    @Option(names = "--from-timestamp", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Read the feed topics from this time on (a day such as 2025-06-01, or an ISO-8601 time), by record time: "
                    + "re-runs the history the topics retain through the current definition. Default: the definition's kafka.start-from.")
    Instant fromTimestamp;

    @Mixin
    ElasticsearchLoginOptions login;

    /** {@code --from-timestamp} in epoch milliseconds, or null. */
    Long fromTimestampMillis() {
        return fromTimestamp == null ? null : fromTimestamp.toEpochMilli();
    }

    /** Refuses {@code --from-timestamp} where a savepoint says where the job reads ({@code why} names it). */
    void refuseFromTimestamp(CommandLine commandLine, String why) {
        if (fromTimestamp != null) {
            throw new CommandLine.ParameterException(commandLine, "--from-timestamp does not apply here: " + why);
        }
    }

    JobDefinition applyTo(JobDefinition job) {
        return login.applyTo(job.withDeployment(kafka, elasticsearch));
    }

    /** The same overrides as the job jar's own arguments (see JobArguments). */
    List<String> asJobArguments() {
        List<String> args = asResumeArguments();
        if (fromTimestamp != null) {
            args.addAll(List.of("--from-timestamp", String.valueOf(fromTimestamp.toEpochMilli())));
        }
        return args;
    }

    /** The overrides a job resumed from a savepoint keeps: the savepoint's offsets, not {@code --from-timestamp}, say where it reads. */
    List<String> asResumeArguments() {
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

package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkRestClient;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --flink URL} option of the commands that only talk to a cluster. */
final class ClusterOption {
    @Option(names = "--flink", required = true, paramLabel = "URL", description = "Flink REST endpoint, e.g. http://localhost:8081.")
    String flink;

    FlinkRestClient client(CommandLine commandLine) {
        return client(flink, commandLine);
    }

    /** A malformed URL is a bad option, named as such. */
    static FlinkRestClient client(String url, CommandLine commandLine) {
        try {
            return new FlinkRestClient(url);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--flink: " + e.getMessage());
        }
    }
}

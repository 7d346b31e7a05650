package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkRestClient;
import picocli.CommandLine.Option;

/** The {@code --flink URL} option of the commands that only talk to a cluster. */
final class ClusterOption {
    @Option(names = "--flink", required = true, paramLabel = "URL", description = "Flink REST endpoint, e.g. http://localhost:8081.")
    String flink;

    FlinkRestClient client() {
        return new FlinkRestClient(flink);
    }
}

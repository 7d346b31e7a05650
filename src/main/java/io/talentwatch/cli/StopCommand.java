package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JobSelector;
import io.talentwatch.cluster.JobSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop a job on a Flink cluster with a savepoint, print the savepoint's path and wait until the job has FINISHED. "
                + "Start it again with: talentwatch submit JOB_FILE --from-savepoint PATH.")
final class StopCommand implements Callable<Integer> {

    @Mixin
    ClusterOption cluster;

    @Mixin
    JobSelectionOptions selection;

    @Mixin
    SavepointStop savepoint;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JobSelector selector = selection.requiredSelector(spec.commandLine());
        FlinkRestClient client = cluster.client(spec.commandLine());
        JobSummary job = selector.active(client.jobs(), client.baseUrl().toString());
        String directory = savepoint.targetDirectory(client, spec.commandLine());
        savepoint.stop(client, job, directory, System.out);
        return 0;
    }
}

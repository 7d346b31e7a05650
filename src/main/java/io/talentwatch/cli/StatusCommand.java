package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JobDetails;
import io.talentwatch.cluster.JobSelector;
import io.talentwatch.cluster.JobState;
import io.talentwatch.cluster.JobSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show a job's state on a Flink cluster: id, state, start, parallelism, last checkpoint, "
                + "the savepoint it restored from; every job when none is named.",
                "Exit status: 0 when the named job is RUNNING (or none is named), "
                        + StatusCommand.NOT_RUNNING + " when it is not, 1 when it is not found or the cluster does not answer."})
final class StatusCommand implements Callable<Integer> {
    static final int NOT_RUNNING = 3;

    @Mixin
    ClusterOption cluster;

    @Mixin
    JobSelectionOptions selection;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<JobSelector> selector = selection.selector(spec.commandLine());
        FlinkRestClient client = cluster.client(spec.commandLine());
        List<JobSummary> jobs = client.jobs();
        if (selector.isEmpty()) {
            System.out.print(JobStatusReport.table(jobs));
            return 0;
        }
        JobSummary job = selector.get().latest(jobs, client.baseUrl().toString());
        JobDetails details = client.jobDetails(job.id());
        System.out.print(JobStatusReport.detail(details, client.checkpoints(job.id()), Instant.now()));
        return details.state() == JobState.RUNNING ? 0 : NOT_RUNNING;
    }
}

package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.JobSelector;
import io.talentwatch.cluster.JobSummary;
import io.talentwatch.definition.JobDefinition;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Upload the job jar to a Flink 1.20 cluster through its REST API and run it with a job definition.")
final class SubmitCommand implements Callable<Integer> {

    @Mixin
    JobLaunch launch;

    @Option(names = "--from-savepoint", paramLabel = "PATH", description = "Start from this savepoint (a path the cluster can read).")
    String savepoint;

    @Option(names = "--allow-duplicate",
            description = "Submit although a job of the same definition name is already active on the cluster "
                    + "(both then read the same consumer group and write the same indices).")
    boolean allowDuplicate;

    @Option(names = "--unless-active",
            description = "When a job of the same definition name is already active (running, restarting, ...), say so and exit 0 "
                    + "instead of refusing: for scripts that run at every start of a stack.")
    boolean unlessActive;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (allowDuplicate && unlessActive) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--allow-duplicate and --unless-active contradict each other: give one");
        }
        if (savepoint != null) {
            launch.deployment.refuseFromTimestamp(spec.commandLine(),
                    "a job started --from-savepoint reads on from the savepoint's Kafka offsets; submit without the savepoint to re-read history");
        }
        JobDefinition definition = launch.checkedDefinition(spec.commandLine()); // fail here, not on the cluster
        FlinkRestClient client = launch.client(spec.commandLine());
        if (!allowDuplicate) {
            Optional<JobSummary> running = JobSelector.byDefinitionName(definition.name()).findActive(client.jobs());
            if (running.isPresent() && unlessActive) {
                System.out.println("job '" + running.get().name() + "' is already " + running.get().state() + " on "
                        + client.baseUrl() + " as " + running.get().id() + ": not submitting another");
                return 0;
            }
            if (running.isPresent()) {
                throw new UserError("job '" + running.get().name() + "' is already " + running.get().state()
                        + " on " + client.baseUrl() + " as " + running.get().id()
                        + "; use 'talentwatch upgrade' to replace it, 'talentwatch stop' to end it,"
                        + " or --allow-duplicate to run a second one");
            }
        }
        JobId jobId = launch.run(client, launch.upload(client), Optional.ofNullable(savepoint), launch.parallelismOr(1));
        System.out.println("submitted job '" + definition.name() + "' as " + jobId
                + (savepoint == null ? "" : " from savepoint " + savepoint));
        System.out.println("web UI: " + client.webUiUrl(jobId));
        return 0;
    }
}

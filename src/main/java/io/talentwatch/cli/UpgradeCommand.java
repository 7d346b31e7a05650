package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkClusterException;
import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JarId;
import io.talentwatch.cluster.JobDetails;
import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.JobSelector;
import io.talentwatch.cluster.JobSummary;
import io.talentwatch.cluster.SavepointLocation;
import io.talentwatch.definition.JobDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Replace a running job without losing or repeating input: stop it with a savepoint, "
                + "then upload the (new) jar and run the (possibly changed) job definition from that savepoint, "
                + "and wait until every task of the new job is RUNNING.",
                "The job replaced is the active one with JOB_FILE's definition name, or --job-id. "
                        + "If the new job does not start, the command prints the savepoint and the submit command that resumes from it, and exits 1."})
final class UpgradeCommand implements Callable<Integer> {

    @Mixin
    JobLaunch launch;

    @Mixin
    SavepointStop savepoint;

    @Option(names = "--job-id", paramLabel = "ID", description = "The job to replace, by id (default: the active job of JOB_FILE's definition name).")
    String jobId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        launch.deployment.refuseFromTimestamp(spec.commandLine(),
                "upgrade resumes the job from its savepoint's Kafka offsets; to re-read history, stop the job and submit it with --from-timestamp");
        JobDefinition definition = launch.checkedDefinition(spec.commandLine());
        JobSelector selector = JobSelectionOptions.selector(definition.name(), jobId, spec.commandLine());
        FlinkRestClient client = launch.client(spec.commandLine());
        JobSummary old = selector.active(client.jobs(), client.baseUrl().toString());
        String directory = savepoint.targetDirectory(client, spec.commandLine());
        // Unless told otherwise, the new job keeps the scale of the old one.
        int parallelism = launch.parallelismOr(client.jobDetails(old.id()).parallelism());
        // Uploaded while the old job still runs: a failed upload changes nothing, and the gap between the jobs stays short.
        JarId jar = launch.upload(client);

        SavepointLocation location = savepoint.stop(client, old, directory, System.out);
        Optional<JobId> started = Optional.empty();
        try {
            started = Optional.of(launch.run(client, jar, Optional.of(location.path()), parallelism));
            System.out.println("submitted job '" + definition.name() + "' as " + started.get() + " from savepoint " + location.path());
            JobDetails running = client.waitForAllTasksRunning(started.get(), savepoint.timeout);
            System.out.println("job " + running.id() + " RUNNING with parallelism " + running.parallelism());
            System.out.println("web UI: " + client.webUiUrl(running.id()));
            return 0;
        } catch (FlinkClusterException | IOException e) {
            return resumeAdvice(client, old, location, started, parallelism, e);
        }
    }

    /** The old job is gone and the new one is not running: say exactly how to carry on from the savepoint. */
    private int resumeAdvice(FlinkRestClient client, JobSummary old, SavepointLocation location, Optional<JobId> started,
            int parallelism, Exception cause) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("talentwatch upgrade: the new job did not start: " + cause.getMessage());
        started.ifPresent(id -> cancelQuietly(client, id, err));
        err.println("The old job " + old.id() + " was stopped with savepoint " + location.path()
                + "; no job of this definition runs now (the input waits in Kafka).");
        err.println("Fix the cause, then resume from the savepoint with:");
        err.println("  " + launch.submitCommandLine(location.path(), parallelism));
        err.println("(with the old jar and job definition in that command to go back to the old version)");
        err.flush();
        return 1;
    }

    /** A new job stuck restarting would hold the savepoint's state and the consumer group: end it first. */
    private static void cancelQuietly(FlinkRestClient client, JobId id, PrintWriter err) {
        try {
            if (!client.jobState(id).isGloballyTerminal()) {
                client.cancel(id);
                err.println("Cancelled the new job " + id + ".");
            }
        } catch (FlinkClusterException e) {
            err.println("Could not cancel the new job " + id + " (" + e.getMessage() + "); cancel it before resuming.");
        }
    }
}

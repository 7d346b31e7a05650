package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JobState;
import io.talentwatch.cluster.JobSummary;
import io.talentwatch.cluster.SavepointDirectory;
import io.talentwatch.cluster.SavepointLocation;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Stopping a job with a savepoint, as {@code stop} and {@code upgrade} both do it. */
final class SavepointStop {

    @Option(names = "--savepoint", paramLabel = "DIR",
            description = "Directory (as the cluster sees it) to write the savepoint to; "
                    + "default: the cluster's execution.checkpointing.savepoint-dir.")
    String savepointDir;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "How long each step (savepoint, job finished, new job running) may take (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** The directory to write to: {@code --savepoint}, else the cluster's default; fails naming both. */
    String targetDirectory(FlinkRestClient client, CommandLine commandLine) {
        if (savepointDir != null && !savepointDir.isBlank()) {
            return savepointDir;
        }
        try {
            return SavepointDirectory.choose(Optional.empty(), client.clusterConfig(), "--savepoint", client.baseUrl().toString());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** Takes the savepoint, prints where it is, and waits until the job has FINISHED. */
    SavepointLocation stop(FlinkRestClient client, JobSummary job, String directory, PrintStream out) {
        out.println("stopping " + job.name() + " (" + job.id() + ") with a savepoint in " + directory);
        SavepointLocation savepoint = client.stopWithSavepoint(job.id(), Optional.of(directory), timeout);
        out.println("savepoint: " + savepoint.path());
        client.waitForState(job.id(), Set.of(JobState.FINISHED), timeout);
        out.println("job " + job.id() + " FINISHED");
        return savepoint;
    }
}

package io.talentwatch.cli;

import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.JobSelector;
import io.talentwatch.definition.JobDefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Names the job a cluster command acts on: a job definition file or a definition name (the job
 * runs as {@code talentwatch: <name>}), or {@code --job-id}. Shared by status and stop; upgrade
 * and submit use {@link #selector(String, String, CommandLine)} with their own definition file.
 */
final class JobSelectionOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "JOB",
            description = "The job: a job definition file (jobs/talent-poaching.yaml) or a definition name (talent-poaching).")
    String job;

    @Option(names = "--job-id", paramLabel = "ID", description = "The job by its Flink job id (32 hex digits) instead.")
    String jobId;

    /** Empty when neither JOB nor --job-id was given. */
    Optional<JobSelector> selector(CommandLine commandLine) {
        if (job != null && jobId != null) {
            throw new CommandLine.ParameterException(commandLine, "Give JOB or --job-id, not both");
        }
        if (jobId != null) {
            return Optional.of(selector(null, jobId, commandLine));
        }
        if (job == null) {
            return Optional.empty();
        }
        return Optional.of(JobSelector.byDefinitionName(definitionName(job, commandLine)));
    }

    /** Like {@link #selector(CommandLine)} but a job must be named. */
    JobSelector requiredSelector(CommandLine commandLine) {
        return selector(commandLine).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                "Name the job: JOB (a job definition file or name) or --job-id ID"));
    }

    /** {@code --job-id} when given, else the definition name. */
    static JobSelector selector(String definitionName, String jobId, CommandLine commandLine) {
        if (jobId != null) {
            try {
                return JobSelector.byId(new JobId(jobId.strip().toLowerCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "--job-id: " + e.getMessage());
            }
        }
        return JobSelector.byDefinitionName(definitionName);
    }

    /** A YAML file (or any existing file) is read for its name; anything else is the name itself. */
    private static String definitionName(String job, CommandLine commandLine) {
        Path asPath = Home.resolve(Path.of(job));
        boolean looksLikeFile = job.endsWith(".yaml") || job.endsWith(".yml") || Files.isRegularFile(asPath);
        if (!looksLikeFile) {
            return job;
        }
        if (!Files.isRegularFile(asPath)) {
            throw new CommandLine.ParameterException(commandLine, "JOB: job definition file '" + job + "' does not exist");
        }
        return JobDefinitionLoader.load(asPath).name();
    }
}

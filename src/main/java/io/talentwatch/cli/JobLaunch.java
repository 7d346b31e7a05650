package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JarId;
import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.SavepointRestore;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.job.TalentWatchJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What starts a TalentWatch job on a cluster: the definition file, the jar, the parallelism and the
 * deployment addresses. Shared by {@code submit} and {@code upgrade}, which also prints it back as
 * a {@code submit} command line when the user must resume by hand.
 */
final class JobLaunch {
    static final String JOB_JAR = "target/talentwatch-0.1.0-SNAPSHOT-job.jar";

    @Parameters(index = "0", paramLabel = "JOB_FILE", description = "Job definition, e.g. jobs/talent-poaching.yaml.")
    Path jobFile;

    @Option(names = "--flink", required = true, paramLabel = "URL", description = "Flink REST endpoint, e.g. http://localhost:8081.")
    String flink;

    @CommandLine.Mixin
    DeploymentOptions deployment;

    @Option(names = "--parallelism", paramLabel = "N",
            description = "Parallelism (default: 1 for submit; for upgrade, the parallelism of the job it replaces).")
    Integer parallelism;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = JOB_JAR, description = "The job jar (default: ${DEFAULT-VALUE}).")
    Path jar;

    /** The definition, checked here so a broken one fails before anything on the cluster changes. */
    JobDefinition checkedDefinition(CommandLine commandLine) {
        if (parallelism != null && parallelism < 1) {
            throw new CommandLine.ParameterException(commandLine, "--parallelism must be at least 1, got " + parallelism);
        }
        if (!Files.isReadable(Home.resolve(jar))) {
            throw new CommandLine.ParameterException(commandLine, "--jar '" + Home.resolve(jar) + "' does not exist; build it with mvn package");
        }
        Path definitionFile = Home.resolve(jobFile);
        if (!Files.isRegularFile(definitionFile)) {
            throw new CommandLine.ParameterException(commandLine, "JOB_FILE '" + jobFile + "' does not exist");
        }
        return JobDefinitionLoader.load(definitionFile);
    }

    FlinkRestClient client(CommandLine commandLine) {
        return ClusterOption.client(flink, commandLine);
    }

    /** {@code --parallelism} if given, else {@code otherwise}. */
    int parallelismOr(int otherwise) {
        return parallelism != null ? parallelism : otherwise;
    }

    JarId upload(FlinkRestClient client) {
        return client.uploadJar(Home.resolve(jar));
    }

    /** Runs the uploaded jar with {@code effectiveParallelism}, from {@code savepoint} if given; returns the new job's id. */
    JobId run(FlinkRestClient client, JarId jarId, Optional<String> savepoint, int effectiveParallelism) throws IOException {
        return client.run(jarId, TalentWatchJob.class.getName(), programArguments(), effectiveParallelism,
                savepoint.map(SavepointRestore::of));
    }

    /** The {@code submit} command that starts this same job from {@code savepoint}. */
    String submitCommandLine(String savepoint, int effectiveParallelism) {
        List<String> words = new ArrayList<>(List.of("talentwatch", "submit", jobFile.toString(), "--flink", flink));
        words.addAll(deployment.asResumeArguments());
        words.addAll(List.of("--parallelism", Integer.toString(effectiveParallelism), "--jar", jar.toString(),
                "--from-savepoint", savepoint));
        return String.join(" ", words.stream().map(JobLaunch::shellWord).toList());
    }

    /** The definition travels inline: the cluster cannot read files on the submitting machine. */
    private List<String> programArguments() throws IOException {
        Path definitionFile = Home.resolve(jobFile);
        List<String> args = new ArrayList<>(List.of(
                "--definition-yaml", Files.readString(definitionFile, StandardCharsets.UTF_8),
                "--definition-name", definitionFile.getFileName().toString()));
        args.addAll(deployment.asJobArguments());
        return args;
    }

    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_@%+=:,./-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}

package io.talentwatch.cli;

import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JarId;
import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.SavepointRestore;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.job.TalentWatchJob;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Upload the job jar to a Flink 1.20 cluster through its REST API and run it with a job definition.")
final class SubmitCommand implements Callable<Integer> {
    static final String JOB_JAR = "target/talentwatch-0.1.0-SNAPSHOT-job.jar";

    @Parameters(index = "0", paramLabel = "JOB_FILE", description = "Job definition, e.g. jobs/talent-poaching.yaml.")
    Path jobFile;

    @Option(names = "--flink", required = true, paramLabel = "URL", description = "Flink REST endpoint, e.g. http://localhost:8081.")
    String flink;

    @Mixin
    DeploymentOptions deployment;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1", description = "Parallelism (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--from-savepoint", paramLabel = "PATH", description = "Start from this savepoint (a path the cluster can read).")
    String savepoint;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = JOB_JAR, description = "The job jar (default: ${DEFAULT-VALUE}).")
    Path jar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (parallelism < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallelism must be at least 1, got " + parallelism);
        }
        Path definitionFile = Home.resolve(jobFile);
        JobDefinition definition = JobDefinitionLoader.load(definitionFile); // fail here, not on the cluster
        Path jobJar = Home.resolve(jar);
        if (!Files.isReadable(jobJar)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jar '" + jobJar + "' does not exist; build it with mvn package");
        }
        FlinkRestClient client = new FlinkRestClient(flink);
        JarId jarId = client.uploadJar(jobJar);
        JobId jobId = client.run(jarId, TalentWatchJob.class.getName(), programArguments(definitionFile), parallelism,
                Optional.ofNullable(savepoint).map(SavepointRestore::of));
        System.out.println("submitted job '" + definition.name() + "' as " + jobId);
        System.out.println("web UI: " + client.webUiUrl(jobId));
        return 0;
    }

    /** The definition travels inline: the cluster cannot read files on the submitting machine. */
    private List<String> programArguments(Path definitionFile) throws java.io.IOException {
        List<String> args = new ArrayList<>(List.of(
                "--definition-yaml", Files.readString(definitionFile, StandardCharsets.UTF_8),
                "--definition-name", definitionFile.getFileName().toString()));
        args.addAll(deployment.asJobArguments());
        return args;
    }
}

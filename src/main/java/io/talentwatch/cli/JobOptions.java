package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The job definition option shared by commands that need one. */
final class JobOptions {
    @Option(names = "--job", paramLabel = "FILE", defaultValue = "jobs/talent-poaching.yaml",
            description = "Job definition (default: ${DEFAULT-VALUE}).")
    Path file;

    JobDefinition load() {
        return JobDefinitionLoader.load(Home.resolve(file));
    }
}

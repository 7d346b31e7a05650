package io.talentwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code talentwatch} command line. */
@Command(name = "talentwatch",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Watches news and social feeds for talent poaching: Kafka -> Flink -> Elasticsearch.",
        subcommands = {
                DemoCommand.class,
                SetupCommand.class,
                ReplayCommand.class,
                IngestCommand.class,
                EnrichCommand.class,
                DetectCommand.class,
                RunCommand.class,
                SubmitCommand.class,
                StatusCommand.class,
                StopCommand.class,
                UpgradeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorReporter());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see talentwatch --help");
    }
}

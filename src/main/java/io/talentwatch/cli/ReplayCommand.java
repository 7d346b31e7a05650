package io.talentwatch.cli;

import io.talentwatch.replay.Rebase;
import io.talentwatch.replay.ReplaySummary;
import io.talentwatch.replay.Replayer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Publish JSONL feed files (plain or gzip) into Kafka, each item stamped with its own time.")
final class ReplayCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSONL feed files, plain or gzip.")
    List<Path> files;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String kafka;

    @Option(names = "--speed", paramLabel = "N",
            description = "Replay at N times real time; without it, as fast as possible.")
    Double speed;

    @Option(names = "--rebase-to-now",
            description = "Shift every item's time by whole days so that the newest lands within the last day (for demos: "
                    + "history keeps its spacing, windows and hours of the day, and shows in a dashboard's recent time range).")
    boolean rebaseToNow;

    @Option(names = "--no-progress", description = "Do not draw the progress bar.")
    boolean noProgress;

    @Mixin
    JobOptions job;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (speed != null && !(speed > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--speed must be a positive number, got " + speed);
        }
        files.forEach(file -> ReadableFile.require(spec, file));
        Replayer replayer = new Replayer(kafka, job.load().kafka().topics(), speed, noProgress ? null : System.err);
        if (rebaseToNow) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Optional<Rebase> rebase = Rebase.toNow(files, now);
            if (rebase.isPresent()) {
                replayer = replayer.rebased(rebase.get());
                System.out.println("rebased to now: every item moves by " + rebase.get().shift().toDays()
                        + " days (the newest, " + rebase.get().latest() + ", becomes " + rebase.get().latest().plus(rebase.get().shift()) + ")");
            } else {
                System.out.println("rebased to now: no readable item is dated before now; replaying the times as they are");
            }
        }
        ReplaySummary summary = replayer.replay(files);
        print(summary);
        return 0;
    }

    static void print(ReplaySummary summary) {
        System.out.printf("read %d, published %d, rejected %d%n", summary.read(), summary.published(), summary.rejected());
        if (summary.blank() > 0) {
            System.out.printf("  skipped %d blank line(s)%n", summary.blank());
        }
        summary.reasons().forEach((reason, count) -> System.out.printf("  rejected %d: %s%n", count, reason));
        summary.examples().forEach(example -> System.out.println("    " + example));
        if (summary.rejected() > 0) {
            System.out.println("rejected lines were sent to the dead-letter topic with their reasons");
        }
    }
}

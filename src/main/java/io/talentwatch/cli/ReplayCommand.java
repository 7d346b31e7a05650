package io.talentwatch.cli;

import io.talentwatch.feed.format.FeedContext;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.feed.format.WireFormat;
import io.talentwatch.ingest.FeedDefinition;
import io.talentwatch.ingest.FeedDefinitions;
import io.talentwatch.model.SourceKind;
import io.talentwatch.replay.Rebase;
import io.talentwatch.replay.ReplaySummary;
import io.talentwatch.replay.Replayer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish feed files (plain or gzip) into Kafka, each item stamped with its own time.",
                "Without --format, JSONL of article JSON, published line by line as it is. With --format, each file is one "
                        + "payload (a feed document, an API response, a CSV export, a stream capture), or each line of a "
                        + ".jsonl/.ndjson file is; its items are published as article JSON."})
final class ReplayCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Feed files, plain or gzip.")
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

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "The files' wire format: article-json, rss (RSS and Atom), mastodon, mastodon-stream, reddit, bluesky, x, csv.")
    String format;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "For --format csv: the column holding a field (id, kind, source, url, author, title, text, lang, published); "
                    + "an unmapped field is read from the column of its own name.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--source", paramLabel = "NAME",
            description = "With --format: the source of items that name none (default: the format's, e.g. the feed's site, 'mastodon').")
    String source;

    @Option(names = "--kind", paramLabel = "news|social",
            description = "With --format: the topic of items that do not say (default: news for rss, csv and article-json, social otherwise).")
    String kind;

    @Option(names = "--feed", paramLabel = "FILE",
            description = "Read the files as a feed of this definition file (connectors/feeds/*.yaml) says: its format, its kind, "
                    + "its CSV column mapping, its name as the source. Instead of --format, --map, --source and --kind.")
    Path feedFile;

    @Option(names = "--feed-name", paramLabel = "NAME",
            description = "With --feed: which feed of the file (needed when it defines more than one).")
    String feedName;

    @Option(names = "--from", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Publish only items from this time on (a day such as 2025-06-01, or an ISO-8601 time), by their own time.")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Publish only items before this time.")
    Instant to;

    @Option(names = "--skip", paramLabel = "N", defaultValue = "0",
            description = "Pass over the first N entries, as the progress bar counts them: lines of a one-item-a-line file (JSONL), "
                    + "whole files otherwise (to resume an interrupted replay: N is its last progress count).")
    long skip;

    @Option(names = "--dry-run",
            description = "Publish nothing: print each item as the feed topic would receive it, one JSON line on standard output "
                    + "(the summary goes to standard error).")
    boolean dryRun;

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
        if (feedFile != null) {
            if (format != null || !columns.isEmpty() || source != null || kind != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--feed takes the format, mapping, source and kind from the definition; leave out --format, --map, --source and --kind");
            }
            FeedDefinition feed = feed();
            replayer = replayer.reading(feed.format(), feed.reader(), feed.context(null));
        } else if (feedName != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--feed-name goes with --feed");
        } else if (format != null) {
            WireFormat reader = wireFormat(); // first: an unknown --format is named as the option's error
            replayer = replayer.reading(FeedFormat.named(format), reader, new FeedContext(source, feedKind(), null));
        } else if (!columns.isEmpty() || source != null || kind != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--map, --source and --kind go with --format");
        }
        replayer = replayer.selecting(selection());
        PrintStream info = dryRun ? System.err : System.out; // a dry run's standard output is the items alone
        if (rebaseToNow) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Optional<Rebase> rebase = replayer.latestTimeUpTo(files, now).map(latest -> Rebase.toNow(latest, now));
            if (rebase.isPresent()) {
                replayer = replayer.rebased(rebase.get());
                info.println("rebased to now: every item moves by " + rebase.get().shift().toDays()
                        + " days (the newest, " + rebase.get().latest() + ", becomes " + rebase.get().latest().plus(rebase.get().shift()) + ")");
            } else {
                info.println("rebased to now: no readable item is dated before now; replaying the times as they are");
            }
        }
        if (dryRun) {
            print(replayer.dryRun(files, System.out), info, false);
        } else {
            print(replayer.replay(files), info, true);
        }
        return 0;
    }

    /** The feed --feed and --feed-name name; a bad file or name stops here, named. */
    private FeedDefinition feed() {
        Path file = ReadableFile.require(spec, Home.resolve(feedFile)); // connectors/feeds/ from anywhere, as ingest does
        FeedDefinitions definitions;
        try {
            definitions = FeedDefinitions.load(file);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--feed: " + e.getMessage());
        }
        if (feedName == null) {
            if (definitions.feeds().size() != 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--feed-name: " + feedFile + " defines "
                        + definitions.feeds().size() + " feeds; name one of " + definitions.feeds().stream().map(FeedDefinition::name).toList());
            }
            return definitions.feeds().get(0);
        }
        try {
            return definitions.named(feedName);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--feed-name: " + e.getMessage());
        }
    }

    private Replayer.Selection selection() {
        try {
            return new Replayer.Selection(from, to, skip);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from/--to/--skip: " + e.getMessage());
        }
    }

    private WireFormat wireFormat() {
        try {
            return FeedFormat.named(format).reader(columns);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), (columns.isEmpty() ? "--format: " : "--format/--map: ") + e.getMessage());
        }
    }

    private SourceKind feedKind() {
        if (kind == null) {
            return FeedFormat.named(format).defaultKind();
        }
        try {
            return SourceKind.fromWire(kind);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kind: " + e.getMessage());
        }
    }

    /** @param published false for a dry run, whose items were printed and whose rejected entries went nowhere */
    static void print(ReplaySummary summary, PrintStream out, boolean published) {
        out.printf(published ? "read %d, published %d, rejected %d%n" : "read %d, printed %d, rejected %d (dry run: nothing published)%n",
                summary.read(), summary.published(), summary.rejected());
        if (summary.skipped() > 0) {
            out.printf("  passed over the first %d entries (--skip)%n", summary.skipped());
        }
        if (summary.outside() > 0) {
            out.printf("  left out %d item(s) outside --from/--to%n", summary.outside());
        }
        if (summary.withdrawn() > 0) {
            out.printf("  %s %d delete(s): the job marks their documents deleted%n", published ? "published" : "printed", summary.withdrawn());
        }
        if (summary.withdrawalsLeftOut() > 0) {
            out.printf("  left out %d delete(s) with no item replayed before them, or outside --from/--to%n", summary.withdrawalsLeftOut());
        }
        if (summary.blank() > 0) {
            out.printf("  skipped %d blank line(s)%n", summary.blank());
        }
        summary.reasons().forEach((reason, count) -> out.printf("  rejected %d: %s%n", count, reason));
        summary.examples().forEach(example -> out.println("    " + example));
        if (summary.rejected() > 0 && published) {
            out.println("rejected lines were sent to the dead-letter topic with their reasons");
        }
    }
}

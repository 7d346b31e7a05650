package io.talentwatch.replay;

import io.talentwatch.definition.TopicNames;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;
import io.talentwatch.feed.format.FeedContext;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.feed.format.WireFormat;
import io.talentwatch.model.DeadLetter;
import io.talentwatch.model.SourceKind;
import io.talentwatch.sink.SinkDocuments;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Publishes historical feed files (JSONL, plain or gzip) into the feed topics, each record keyed by
 * the item's stable id and stamped with the item's own publication time, so the job sees history
 * as it happened. Lines the job could not parse are rejected here with the same parser and sent to
 * the dead-letter topic with their reason.
 */
public final class Replayer {
    private static final int EXAMPLES = 10;

    private final String bootstrapServers;
    private final TopicNames topics;
    private final Double speed;
    private final PrintStream progressOut;
    private final Rebase rebase;
    private final Decoder decoder;
    private final Selection selection;

    /**
     * Which entries a replay publishes: those from {@code from} (inclusive) to {@code to} (exclusive)
     * by their own time, either bound optional, after skipping the first {@code skip} entries: the
     * unit the progress bar counts, a line of a one-item-a-line file (blank or not) or a whole file
     * otherwise, so an interrupted replay resumes where its progress stopped.
     */
    public record Selection(Instant from, Instant to, long skip) {
        public static final Selection ALL = new Selection(null, null, 0);

        public Selection {
            if (skip < 0) {
                throw new IllegalArgumentException("skip must be 0 or more, got " + skip);
            }
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
            }
        }

        boolean covers(Instant time) {
            return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
        }
    }

    /**
     * @param speed N times real time (the gap between two items' times, divided by N), or null for as fast as possible
     * @param progressOut where the progress bar goes, or null for none
     */
    public Replayer(String bootstrapServers, TopicNames topics, Double speed, PrintStream progressOut) {
        this(bootstrapServers, topics, speed, progressOut, null, Decoder.articleLines(), Selection.ALL);
    }

    private Replayer(String bootstrapServers, TopicNames topics, Double speed, PrintStream progressOut, Rebase rebase,
                     Decoder decoder, Selection selection) {
        if (speed != null && !(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + speed);
        }
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.speed = speed;
        this.progressOut = progressOut;
        this.rebase = rebase;
        this.decoder = decoder;
        this.selection = selection;
    }

    /** The same replay with every item moved by {@code rebase} (its time and its {@code published} field alike). */
    public Replayer rebased(Rebase rebase) {
        return new Replayer(bootstrapServers, topics, speed, progressOut, rebase, decoder, selection);
    }

    /** The same replay publishing only {@code selection}. */
    public Replayer selecting(Selection selection) {
        return new Replayer(bootstrapServers, topics, speed, progressOut, rebase, decoder, selection);
    }

    /**
     * The same replay reading files in a wire format (RSS, Mastodon, CSV, ...): each file is one
     * payload, or each line of a JSONL file; items are published as article JSON.
     */
    public Replayer reading(FeedFormat format, WireFormat reader, FeedContext context) {
        return new Replayer(bootstrapServers, topics, speed, progressOut, rebase,
                Decoder.of(reader, context, format == FeedFormat.ARTICLE_JSON), selection);
    }

    /** The newest time of a readable item of {@code files} that is not after {@code now}, read as this replay reads them (for {@link Rebase}). */
    public Optional<Instant> latestTimeUpTo(List<Path> files, Instant now) throws IOException {
        Instant[] latest = {null};
        for (Path file : files) {
            forEachPayload(file, (payload, origin) -> {
                for (Decoded decoded : decoder.decode(payload)) {
                    if (decoded instanceof Decoded.Item item && !item.item().published().isAfter(now)
                            && (latest[0] == null || item.item().published().isAfter(latest[0]))) {
                        latest[0] = item.item().published();
                    }
                }
            });
        }
        return Optional.ofNullable(latest[0]);
    }

    /** What to do with one payload of a file and where it came from (file, or file:line). */
    private interface PayloadAction {
        void accept(byte[] payload, String origin) throws InterruptedException;
    }

    /** Each payload of a file as this replay reads it: each line, or the whole file. */
    private void forEachPayload(Path file, PayloadAction action) throws IOException {
        try {
            if (decoder.perLine(file)) {
                try (FeedLines lines = new FeedLines(file)) {
                    byte[] line;
                    while ((line = lines.next()) != null) {
                        action.accept(line, file.getFileName() + ":" + lines.lineNumber());
                    }
                }
            } else {
                action.accept(FeedLines.readAll(file), file.getFileName().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while replaying " + file);
        }
    }

    public ReplaySummary replay(List<Path> files) throws IOException, InterruptedException {
        try (ReplayOutput output = new KafkaReplayOutput(bootstrapServers, topics)) {
            return replay(files, output);
        }
    }

    /** Reads and checks everything as {@link #replay} does, but prints each item's JSON line to {@code out} and publishes nothing. */
    public ReplaySummary dryRun(List<Path> files, PrintStream out) throws IOException, InterruptedException {
        try (ReplayOutput output = new DryRunOutput(out)) {
            return replay(files, output);
        }
    }

    private ReplaySummary replay(List<Path> files, ReplayOutput output) throws IOException, InterruptedException {
        Tally tally = new Tally();
        try (ProgressBar bar = progressBar(files)) {
            Pacer pacer = new Pacer(speed);
            for (Path file : files) {
                forEachPayload(file, (payload, origin) -> {
                    if (!tally.skipping(selection)) { // --skip counts what the bar counts: lines, or whole files
                        publishPayload(output, pacer, tally, payload, origin);
                    }
                    if (bar != null) {
                        bar.step();
                    }
                });
            }
            output.finish();
        }
        return new ReplaySummary(tally.read, tally.published, tally.rejected, tally.blank, tally.withdrawn, tally.withdrawalsLeftOut, tally.skipped,
                tally.outside, tally.reasons, tally.examples);
    }

    private void publishPayload(ReplayOutput output, Pacer pacer, Tally tally, byte[] payload, String origin)
            throws InterruptedException {
        if (new String(payload, StandardCharsets.ISO_8859_1).isBlank()) {
            tally.blank++;
            return;
        }
        if (payload.length > FeedLines.MAX_PAYLOAD_BYTES) {
            tally.read++;
            MalformedItem tooLarge = new MalformedItem("over the " + FeedLines.MAX_PAYLOAD_BYTES + "-byte payload limit");
            tally.reject(origin, tooLarge);
            deadLetter(output, tooLarge, origin, payload);
            return;
        }
        for (Decoded decoded : decoder.decode(payload)) {
            if (decoded instanceof Decoded.Withdrawn withdrawn) {
                publishWithdrawal(output, tally, withdrawn);
                continue;
            }
            tally.read++;
            try {
                if (decoded instanceof Decoded.Rejected rejected) {
                    throw rejected.problem();
                }
                Decoded.Item entry = (Decoded.Item) decoded;
                FeedItem item = entry.item();
                byte[] value = entry.value();
                if (!selection.covers(item.published())) { // the item's own time, before any rebase
                    tally.outside++;
                    continue;
                }
                if (rebase != null) {
                    Rebase.Shifted shifted = rebase.apply(item, value);
                    item = shifted.item();
                    value = shifted.line();
                }
                if (item.published().toEpochMilli() < 0) {
                    throw new MalformedItem("'published' is before 1970, which a Kafka record time cannot hold", item.published().toString());
                }
                pacer.await(item.published());
                tally.latest = tally.latest == null || item.published().isAfter(tally.latest) ? item.published() : tally.latest;
                String topic = item.kind() == SourceKind.SOCIAL ? topics.social() : topics.news();
                output.item(topic, DocumentIds.of(item).getBytes(StandardCharsets.UTF_8), item.published().toEpochMilli(), value);
                tally.published++;
            } catch (MalformedItem e) {
                byte[] raw = decoded instanceof Decoded.Rejected rejected ? rejected.raw() : ((Decoded.Item) decoded).value();
                tally.reject(origin, e);
                deadLetter(output, e, origin, raw);
            }
        }
    }

    /**
     * A delete, published to the social topic under its item's key (so it follows the item in its
     * partition). A delete the parser saw carries the time of the newest item replayed before it,
     * not the wall clock, which would move the job's event time to today; one before any item has
     * nothing to take back in this replay and is left out.
     */
    private void publishWithdrawal(ReplayOutput output, Tally tally, Decoded.Withdrawn withdrawn) throws InterruptedException {
        Retraction retraction = withdrawn.retraction();
        Instant at = withdrawn.timed() ? retraction.at() : tally.latest;
        if (withdrawn.timed() && rebase != null) {
            at = at.plus(rebase.shift());
        }
        if (at == null || (withdrawn.timed() && !selection.covers(retraction.at()))) {
            tally.withdrawalsLeftOut++;
            return;
        }
        Retraction placed = new Retraction(retraction.source(), retraction.id(), at);
        output.item(topics.social(), DocumentIds.of(placed).getBytes(StandardCharsets.UTF_8), at.toEpochMilli(),
                FeedItemJson.write(placed));
        tally.withdrawn++;
    }

    /** The dead letter of one entry (its raw bytes truncated there), with the reason and where it came from. */
    private static void deadLetter(ReplayOutput output, MalformedItem problem, String origin, byte[] raw) throws InterruptedException {
        DeadLetter letter = new DeadLetter("replay", problem.getMessage(), origin, raw, Instant.now());
        output.deadLetter(origin.getBytes(StandardCharsets.UTF_8), SinkDocuments.deadLetterJson(letter));
    }

    /** Counts the lines up front (a second read of the files) only when a bar with an ETA is drawn. */
    private ProgressBar progressBar(List<Path> files) throws IOException {
        if (progressOut == null) {
            return null;
        }
        long total = 0;
        for (Path file : files) {
            total += decoder.perLine(file) ? FeedLines.count(file) : 1;
        }
        return new ProgressBarBuilder().setTaskName("replay").setInitialMax(total).setUnit(" items", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(progressOut))
                .showSpeed().build();
    }

    /** What the replay did, entry by entry. */
    private static final class Tally {
        long read;
        long published;
        long rejected;
        long blank;
        long withdrawn;
        long withdrawalsLeftOut;
        Instant latest; // the newest item time published so far, where a parsed delete is placed
        long skipped;
        long outside;
        final Map<String, Long> reasons = new TreeMap<>();
        final List<String> examples = new ArrayList<>();

        /** Whether this entry (a line, or a whole file) is one of the first {@code skip}, which a resumed replay passes over. */
        boolean skipping(Selection selection) {
            if (skipped < selection.skip()) {
                skipped++;
                return true;
            }
            return false;
        }

        void reject(String origin, MalformedItem e) {
            rejected++;
            reasons.merge(e.reason(), 1L, Long::sum);
            if (examples.size() < EXAMPLES) {
                examples.add(origin + ": " + e.getMessage());
            }
        }
    }
}

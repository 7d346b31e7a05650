package io.talentwatch.replay;

import io.talentwatch.definition.TopicNames;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.format.FeedContext;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.feed.format.WireFormat;
import io.talentwatch.feed.MalformedItem;
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
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

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

    /**
     * @param speed N times real time (the gap between two items' times, divided by N), or null for as fast as possible
     * @param progressOut where the progress bar goes, or null for none
     */
    public Replayer(String bootstrapServers, TopicNames topics, Double speed, PrintStream progressOut) {
        this(bootstrapServers, topics, speed, progressOut, null, Decoder.articleLines());
    }

    private Replayer(String bootstrapServers, TopicNames topics, Double speed, PrintStream progressOut, Rebase rebase,
                     Decoder decoder) {
        if (speed != null && !(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + speed);
        }
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.speed = speed;
        this.progressOut = progressOut;
        this.rebase = rebase;
        this.decoder = decoder;
    }

    /** The same replay with every item moved by {@code rebase} (its time and its {@code published} field alike). */
    public Replayer rebased(Rebase rebase) {
        return new Replayer(bootstrapServers, topics, speed, progressOut, rebase, decoder);
    }

    /**
     * The same replay reading files in a wire format (RSS, Mastodon, CSV, ...): each file is one
     * payload, or each line of a JSONL file; items are published as article JSON.
     */
    public Replayer reading(FeedFormat format, WireFormat reader, FeedContext context) {
        return new Replayer(bootstrapServers, topics, speed, progressOut, rebase,
                Decoder.of(reader, context, format == FeedFormat.ARTICLE_JSON));
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
        Tally tally = new Tally();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig());
             ProgressBar bar = progressBar(files)) {
            Pacer pacer = new Pacer(speed);
            for (Path file : files) {
                forEachPayload(file, (payload, origin) -> {
                    publishPayload(producer, pacer, tally, payload, origin);
                    if (bar != null) {
                        bar.step();
                    }
                });
            }
            producer.flush();
            tally.checkSends();
        }
        return new ReplaySummary(tally.read, tally.published, tally.rejected, tally.blank, tally.withdrawn, tally.reasons, tally.examples);
    }

    private void publishPayload(KafkaProducer<byte[], byte[]> producer, Pacer pacer, Tally tally, byte[] payload, String origin)
            throws InterruptedException {
        if (new String(payload, StandardCharsets.ISO_8859_1).isBlank()) {
            tally.blank++;
            return;
        }
        if (payload.length > FeedLines.MAX_PAYLOAD_BYTES) {
            tally.read++;
            MalformedItem tooLarge = new MalformedItem("over the " + FeedLines.MAX_PAYLOAD_BYTES + "-byte payload limit");
            tally.reject(origin, tooLarge);
            deadLetter(producer, tally, tooLarge, origin, payload);
            return;
        }
        for (Decoded decoded : decoder.decode(payload)) {
            if (decoded instanceof Decoded.Withdrawn) {
                tally.withdrawn++;
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
                if (rebase != null) {
                    Rebase.Shifted shifted = rebase.apply(item, value);
                    item = shifted.item();
                    value = shifted.line();
                }
                if (item.published().toEpochMilli() < 0) {
                    throw new MalformedItem("'published' is before 1970, which a Kafka record time cannot hold", item.published().toString());
                }
                pacer.await(item.published());
                String topic = item.kind() == SourceKind.SOCIAL ? topics.social() : topics.news();
                tally.track(producer.send(new ProducerRecord<>(topic, null, item.published().toEpochMilli(),
                        DocumentIds.of(item).getBytes(StandardCharsets.UTF_8), value)));
                tally.published++;
            } catch (MalformedItem e) {
                byte[] raw = decoded instanceof Decoded.Rejected rejected ? rejected.raw() : ((Decoded.Item) decoded).value();
                tally.reject(origin, e);
                deadLetter(producer, tally, e, origin, raw);
            }
        }
    }

    /** The dead letter of one entry (its raw bytes truncated there), with the reason and where it came from. */
    private void deadLetter(KafkaProducer<byte[], byte[]> producer, Tally tally, MalformedItem problem, String origin, byte[] raw)
            throws InterruptedException {
        DeadLetter letter = new DeadLetter("replay", problem.getMessage(), origin, raw, Instant.now());
        tally.track(producer.send(new ProducerRecord<>(topics.deadLetter(), origin.getBytes(StandardCharsets.UTF_8),
                SinkDocuments.deadLetterJson(letter))));
    }

    private Properties producerConfig() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(2 * FeedItemParser.MAX_ITEM_BYTES));
        return props;
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

    /** Counts, and the first send failure, which fails the replay rather than losing items silently. */
    private static final class Tally {
        long read;
        long published;
        long rejected;
        long blank;
        long withdrawn;
        final Map<String, Long> reasons = new TreeMap<>();
        final List<String> examples = new ArrayList<>();
        final List<java.util.concurrent.Future<?>> pending = new ArrayList<>();

        void reject(String origin, MalformedItem e) {
            rejected++;
            reasons.merge(e.reason(), 1L, Long::sum);
            if (examples.size() < EXAMPLES) {
                examples.add(origin + ": " + e.getMessage());
            }
        }

        void track(java.util.concurrent.Future<?> send) throws InterruptedException {
            pending.add(send);
            if (pending.size() >= 10_000) {
                checkSends();
            }
        }

        void checkSends() throws InterruptedException {
            for (java.util.concurrent.Future<?> send : pending) {
                try {
                    send.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Kafka refused a record: " + e.getCause().getMessage(), e.getCause());
                }
            }
            pending.clear();
        }
    }
}

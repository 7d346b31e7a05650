package io.talentwatch.replay;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.TopicNames;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.FeedTopicProducer;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;

/**
 * Marks the end of a replayed history the way a live feed's next items would: one item naming no
 * company on every partition of both feed topics, dated after the history. The watermark then
 * passes every replayed item, so the last windows close and the mentions deduplication holds back
 * are decided at once, the same way whatever the pace. Without it they wait for the partitions to
 * fall idle, and partitions that fall idle together leave the watermark at the lowest of them
 * (docs/known-limits.md), so how far the last windows get depends on timing.
 */
public final class FeedEnd {
    static final String SOURCE = "TalentWatch end of feed";

    private FeedEnd() {}

    /**
     * Marks the end of the JSONL history {@code jsonl}, replayed into {@code job}'s topics, just late
     * enough that every window holding one of its items closes: a window, a slide, the out-of-orderness
     * bound and the allowed lateness after its newest item. Returns the markers' time.
     */
    public static Instant markAfter(Path jsonl, JobDefinition job) throws IOException {
        Instant newest = newestPublished(jsonl)
                .orElseThrow(() -> new IOException(jsonl + " holds no item with a readable 'published'"));
        Instant at = newest.plus(job.windows().size()).plus(job.windows().slide())
                .plus(job.eventTime().maxOutOfOrderness()).plus(job.windows().allowedLateness());
        mark(job.kafka().bootstrapServers(), job.kafka().topics(), at);
        return at;
    }

    /** Publishes the markers, dated {@code at}; returns how many (one per partition). */
    public static int mark(String bootstrapServers, TopicNames topics, Instant at) throws IOException {
        List<Future<?>> sends = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(FeedTopicProducer.config(bootstrapServers))) {
            for (SourceKind kind : SourceKind.values()) {
                String topic = kind == SourceKind.NEWS ? topics.news() : topics.social();
                for (PartitionInfo partition : producer.partitionsFor(topic)) {
                    FeedItem marker = marker(kind, topic, partition.partition(), at);
                    sends.add(producer.send(new ProducerRecord<>(topic, partition.partition(), at.toEpochMilli(),
                            DocumentIds.of(marker).getBytes(StandardCharsets.UTF_8), FeedItemJson.write(marker))));
                }
            }
            producer.flush();
            for (Future<?> send : sends) {
                send.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while marking the end of the feed", e);
        } catch (ExecutionException e) {
            throw new IOException("could not mark the end of the feed: " + e.getCause().getMessage(), e.getCause());
        }
        return sends.size();
    }

    /** The newest {@code published} among the items of a JSONL feed file; empty when none is readable. */
    public static Optional<Instant> newestPublished(Path jsonl) throws IOException {
        Instant newest = null;
        try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Instant published = FeedItemParser.parse(line.getBytes(StandardCharsets.UTF_8)).published();
                    newest = newest == null || published.isAfter(newest) ? published : newest;
                } catch (MalformedItem e) {
                    // replay dead-letters it; it moves no watermark
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    static FeedItem marker(SourceKind kind, String topic, int partition, Instant at) {
        return new FeedItem("end-of-feed-" + topic + "-" + partition + "-" + at.toEpochMilli(), kind, SOURCE,
                null, null, "End of the replayed feed", "Nothing more was replayed after this point.", "en", at);
    }
}

package io.talentwatch.ingest;

import com.google.common.hash.Hashing;
import io.talentwatch.definition.TopicNames;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;
import io.talentwatch.feed.format.Parsed;
import io.talentwatch.model.DeadLetter;
import io.talentwatch.model.SourceKind;
import io.talentwatch.sink.SinkDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One feed's records: each item checked by the job's own parser, keyed by its document id,
 * stamped with its own time and sent to its kind's topic; each delete keyed like the item it
 * withdraws and stamped with when it was seen; everything unreadable to the dead-letter topic with
 * its reason and raw bytes. Nothing already published in this run goes out twice.
 */
final class FeedPublisher {
    private static final Logger LOG = LogManager.getLogger(FeedPublisher.class);
    static final String STAGE = "ingest";
    /**
     * How far ahead of now an item may be dated: a little clock skew is fine, but one item dated
     * next year would push the job's watermark ahead and leave every later item behind.
     */
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    private final FeedDefinition feed;
    private final TopicNames topics;
    private final IngestOutput output;
    private final FeedMetrics metrics;
    private final Clock clock;
    private final SeenKeys seen = new SeenKeys(SeenKeys.CAPACITY);

    FeedPublisher(FeedDefinition feed, TopicNames topics, IngestOutput output, FeedMetrics metrics, Clock clock) {
        this.feed = feed;
        this.topics = topics;
        this.output = output;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * What one call sent: whether Kafka refused any of it. A refusal may be reported later, from
     * another thread, so only {@link #confirmed()} knows for sure.
     */
    final class Delivery {
        private final AtomicInteger failures = new AtomicInteger();

        private void failed() {
            failures.incrementAndGet();
        }

        /** Whether a record has been refused so far (more refusals may follow until confirmed). */
        boolean failedSoFar() {
            return failures.get() > 0;
        }

        /** Waits until everything sent is delivered or refused; true when Kafka accepted every record. */
        boolean confirmed() throws InterruptedException {
            output.flush();
            return failures.get() == 0;
        }
    }

    Delivery delivery() {
        return new Delivery();
    }

    /** A whole response: its items and deletes, or the response itself as a dead letter when it cannot be read. */
    Delivery publishPayload(HttpReply reply, int limit, String origin) {
        Delivery delivery = new Delivery();
        Parsed parsed;
        try {
            parsed = PayloadDecoder.decode(feed, reply, limit, clock.instant());
        } catch (MalformedItem e) {
            deadLetter(e, origin, reply.body(), delivery);
            return delivery;
        }
        publish(parsed, origin, delivery);
        return delivery;
    }

    /**
     * Items oldest first (feeds and timelines list the newest first, and the job's watermark would
     * leave older ones behind), then deletes in their order, then each rejected entry as a dead letter.
     */
    Delivery publish(Parsed parsed, String origin) {
        Delivery delivery = new Delivery();
        publish(parsed, origin, delivery);
        return delivery;
    }

    void publish(Parsed parsed, String origin, Delivery delivery) {
        List<FeedItem> items = parsed.events().stream().filter(FeedItem.class::isInstance).map(FeedItem.class::cast)
                .sorted(Comparator.comparing(FeedItem::published, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        for (FeedItem item : items) {
            publishItem(item, origin, delivery);
        }
        for (FeedEvent event : parsed.events()) {
            if (event instanceof Retraction retraction) {
                publishRetraction(retraction, delivery);
            }
        }
        for (Parsed.Rejected rejected : parsed.rejected()) {
            deadLetter(rejected.problem(), origin, rejected.raw().getBytes(StandardCharsets.UTF_8), delivery);
        }
    }

    private void publishItem(FeedItem parsedItem, String origin, Delivery delivery) {
        FeedItem item;
        try {
            item = FeedItemJson.checked(parsedItem);
            if (item.published().toEpochMilli() < 0) {
                throw new MalformedItem("'published' is before 1970, which a Kafka record time cannot hold", item.published().toString());
            }
            if (item.published().isAfter(clock.instant().plus(MAX_AHEAD))) {
                throw new MalformedItem("'published' is in the future", item.published().toString());
            }
        } catch (MalformedItem e) {
            deadLetter(e, origin, FeedItemJson.write(parsedItem), delivery);
            return;
        }
        byte[] value = FeedItemJson.write(item);
        String key = DocumentIds.of(item);
        String fingerprint = fingerprint(value);
        if (!seen.firstTime(key, fingerprint)) {
            return;
        }
        SourceKind kind = item.kind() != null ? item.kind() : feed.kind();
        send(new OutgoingRecord(topic(kind), key.getBytes(StandardCharsets.UTF_8), item.published().toEpochMilli(), value),
                () -> seen.forget(key, fingerprint), delivery);
        metrics.published.increment();
    }

    private void publishRetraction(Retraction retraction, Delivery delivery) {
        String key = DocumentIds.of(retraction);
        if (!seen.firstTime("deleted " + key, "deleted")) {
            return;
        }
        send(new OutgoingRecord(topic(feed.kind()), key.getBytes(StandardCharsets.UTF_8), retraction.at().toEpochMilli(),
                FeedItemJson.write(retraction)), () -> seen.forget("deleted " + key, "deleted"), delivery);
        metrics.retractions.increment();
    }

    /** Keyed by the feed's name, so one feed's dead letters stay in order on one partition. */
    Delivery deadLetter(MalformedItem problem, String origin, byte[] raw) {
        Delivery delivery = new Delivery();
        deadLetter(problem, origin, raw, delivery);
        return delivery;
    }

    void deadLetter(MalformedItem problem, String origin, byte[] raw, Delivery delivery) {
        // A broken entry stays broken poll after poll: it is reported once per run, not every interval.
        String key = "dead letter " + fingerprint((problem.getMessage() + "\n").getBytes(StandardCharsets.UTF_8), raw);
        if (!seen.firstTime(key, "")) {
            return;
        }
        LOG.info("{}: dead letter from {}: {}", feed.name(), origin, problem.getMessage());
        DeadLetter letter = new DeadLetter(STAGE, problem.getMessage(), origin, raw, clock.instant());
        send(new OutgoingRecord(topics.deadLetter(), feed.name().getBytes(StandardCharsets.UTF_8), null, SinkDocuments.deadLetterJson(letter)),
                () -> seen.forget(key, ""), delivery);
        metrics.deadLettered(problem.reason());
    }

    private String topic(SourceKind kind) {
        return kind == SourceKind.SOCIAL ? topics.social() : topics.news();
    }

    /** @param forget undoes the record's mark in the seen keys, so it goes out again when seen again */
    private void send(OutgoingRecord record, Runnable forget, Delivery delivery) {
        output.send(record, e -> {
            forget.run();
            delivery.failed();
            metrics.publishFailures.increment();
            LOG.error("{}: Kafka did not accept a record for {}: {}", feed.name(), record.topic(), e.toString());
        });
    }

    private static String fingerprint(byte[]... parts) {
        var hasher = Hashing.murmur3_128().newHasher();
        for (byte[] part : parts) {
            hasher.putBytes(part);
        }
        return hasher.hash().toString();
    }
}

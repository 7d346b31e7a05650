package io.talentwatch.testing;

import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.model.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes news items into a feed topic at a steady rate on its own thread, each with a unique id
 * and a text naming {@code companies} (so each becomes a mention), until {@link #stop()}. Records
 * every item the broker acknowledged, so a test knows exactly what went in.
 */
public final class SteadyFeed implements AutoCloseable {

    public static final String SOURCE = "Steady Wire";

    /** One acknowledged item: its feed id, the document id the job indexes it under, and when it was sent. */
    public record Sent(String itemId, String documentId, Instant sentAt) {}

    private final String topic;
    private final String idPrefix;
    private final String text;
    private final Duration every;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception failure;

    private SteadyFeed(String topic, String idPrefix, String text, Duration every) {
        this.topic = topic;
        this.idPrefix = idPrefix;
        this.text = text;
        this.every = every;
        this.thread = new Thread(this::publish, "steady-feed-" + idPrefix);
    }

    /** Starts publishing one item per {@code every}; {@code text} is each item's text (it names the companies). */
    public static SteadyFeed start(String topic, String idPrefix, String text, Duration every) {
        SteadyFeed feed = new SteadyFeed(topic, idPrefix, text, every);
        feed.thread.start();
        return feed;
    }

    /** What the broker has acknowledged so far, in order. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Stops after the item in flight and returns everything sent; fails if the producer failed. */
    public List<Sent> stop() throws InterruptedException {
        running = false;
        thread.join(Duration.ofMinutes(1).toMillis());
        if (failure != null) {
            throw new AssertionError("the feed producer failed after " + sent.size() + " items", failure);
        }
        return sent();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofMinutes(1).toMillis());
    }

    private void publish() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"); // a retried send is not a second item
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            long next = System.nanoTime();
            for (int n = 1; running; n++) {
                Instant published = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                FeedItem item = new FeedItem(idPrefix + "-" + n, SourceKind.NEWS, SOURCE,
                        "https://steady-wire.example/" + idPrefix + "/" + n, "Desk", "Hiring wire " + n,
                        text + " (item " + n + ")", "en", published);
                producer.send(new ProducerRecord<>(topic, null, published.toEpochMilli(), null, json(item))).get();
                sent.add(new Sent(item.id(), DocumentIds.of(item), published));
                next += every.toNanos();
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            failure = e;
        }
    }

    /** The item as docs/feeds.md, "Feed items", describes it. */
    private static byte[] json(FeedItem item) {
        return FeedItemJson.write(item.withKind(SourceKind.NEWS));
    }
}

package io.talentwatch.ingest;

import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.feed.format.Parsed;
import io.talentwatch.feed.format.WireFormat;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One Mastodon stream (a hashtag, or a public timeline), read event by event as it arrives. When
 * it drops, it is reopened after a backoff; once it is open again, the statuses posted meanwhile are
 * fetched from the REST timeline of the same channel ({@link MastodonBackfill}), from the resume point
 * on. Backfilling after the stream is open leaves no gap between the two: a status posted during the
 * backfill arrives on the stream too, and the publisher's seen keys send it once.
 *
 * <p>The resume point is the last status id known to be published: it moves past a backfill page only
 * once Kafka accepted the page, and past a stream event only while the backfill before it was
 * complete and nothing of the stream was refused; when the stream ends with a record refused, it goes
 * back to where the stream started, so that the next backfill asks for those statuses again.
 *
 * <p>With {@code --once} the resume point lives only as long as the process: a cron run does not
 * backfill what was posted since the run before.
 *
 * <p>Anything a step throws ({@link RuntimeException} or {@link Error}) is logged and counted as an
 * error of the feed, and the stream is reopened after the backoff: the channel goes on rather than
 * ending silently while the ingester runs on.
 */
final class MastodonChannel {
    private static final Logger LOG = LogManager.getLogger(MastodonChannel.class);
    /** A status is a few kilobytes; an event this large is not one. */
    static final int MAX_EVENT_BYTES = 4 * FeedItemParser.MAX_ITEM_BYTES;

    private final FeedDefinition feed;
    private final ConnectorSettings.MastodonStream settings;
    private final ConnectorSettings.Channel channel;
    private final String token;
    private final FeedPublisher publisher;
    private final FeedMetrics metrics;
    private final IngestRuntime runtime;
    private final WireFormat events = FeedFormat.MASTODON_STREAM.reader(Map.of());
    private final MastodonBackfill backfill;
    private String lastId;
    /** The backfill before this stream was incomplete: the resume point stays where the gap starts. */
    private boolean held;

    /** How a stream ended: whether it carried any status event, and how long the server asked to be left alone. */
    private record Ended(boolean delivered, Duration serverWait) {}

    MastodonChannel(FeedDefinition feed, ConnectorSettings.Channel channel, String token, FeedPublisher publisher,
                    FeedMetrics metrics, IngestRuntime runtime) {
        this.feed = feed;
        this.settings = (ConnectorSettings.MastodonStream) feed.settings();
        this.channel = channel;
        this.token = token;
        this.publisher = publisher;
        this.metrics = metrics;
        this.runtime = runtime;
        this.backfill = new MastodonBackfill(feed, channel, publisher, metrics, runtime);
    }

    /** The stream for at most {@code streamLimit}, then what was posted after its last status (a silent stream's gap). */
    void runOnce(Duration streamLimit) throws InterruptedException {
        safely(() -> stream(streamLimit));
        safely(() -> { backfill(); return null; });
    }

    void runContinuously() throws InterruptedException {
        int failures = 0;
        while (true) {
            Ended ended = safely(() -> stream(null));
            // A stream that carried statuses worked: the next drop starts the backoff over.
            failures = ended != null && ended.delivered() ? 1 : failures + 1;
            // Never sooner than the backoff, whatever the server says: "Retry-After: 0" must not make a retry loop.
            Duration wait = Backoff.STREAM.delay(failures, runtime.jitter().getAsDouble());
            if (ended != null && ended.serverWait() != null && ended.serverWait().compareTo(wait) > 0) {
                wait = ended.serverWait();
            }
            LOG.info("{} {}: reopening the stream in {}s", feed.name(), channel.label(), wait.toSeconds());
            runtime.pause().sleep(wait);
            metrics.reconnects.increment();
        }
    }

    private Ended stream(Duration limit) throws InterruptedException {
        URI uri = URI.create(settings.server() + channel.streamPath());
        String origin = feed.name() + " " + uri;
        Map<String, String> headers = headers("text/event-stream");
        StreamReply reply;
        try {
            reply = runtime.http().stream(uri, headers, runtime.streamIdleTimeout());
        } catch (IOException e) {
            HttpErrors.io(feed.name(), uri, e, metrics);
            return new Ended(false, null);
        }
        boolean delivered = false;
        try (reply) {
            if (reply.status() != 200) {
                HttpReply answer = new HttpReply(reply.uri(), reply.status(), reply.headers(), new byte[0], false);
                return new Ended(false, HttpErrors.status(feed.name(), answer, metrics, runtime.clock().instant()).serverWait());
            }
            metrics.succeeded(runtime.clock().instant());
            String type = reply.contentType() == null ? "" : reply.contentType().toLowerCase(Locale.ROOT);
            if (!type.startsWith("text/event-stream")) {
                byte[] start = reply.in().readNBytes(64 * 1024);
                publisher.deadLetter(new MalformedItem("unknown format", "expected mastodon-stream (text/event-stream), got "
                        + (reply.contentType() == null ? "no content type" : reply.contentType())), origin, start);
                return new Ended(false, null);
            }
            if (limit != null) {
                reply.body().endAfter(limit);
            }
            // The stream is open: what was posted while it was down is fetched now; the events meanwhile wait in its buffer.
            safely(() -> { backfill(); return null; });
            String sessionStart = lastId;
            FeedPublisher.Delivery session = publisher.delivery();
            try {
                SseReader sse = new SseReader(reply.in(), MAX_EVENT_BYTES);
                SseReader.Event event;
                while ((event = sse.next()) != null) {
                    delivered |= event.name() != null && List.of("update", "status.update", "delete").contains(event.name());
                    handle(event, origin, session);
                }
                LOG.info("{} {}: the stream ended", feed.name(), channel.label());
                return new Ended(delivered, null);
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("stopped while streaming");
                }
                HttpErrors.io(feed.name(), uri, e, metrics);
                return new Ended(delivered, null);
            } finally {
                if (!Thread.currentThread().isInterrupted() && !session.confirmed()) {
                    LOG.warn("{} {}: Kafka did not accept some statuses of the stream; the next backfill asks again from status {}",
                            feed.name(), channel.label(), sessionStart);
                    lastId = sessionStart;
                }
            }
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopped while streaming");
            }
            HttpErrors.io(feed.name(), uri, e, metrics);
            return new Ended(delivered, null);
        }
    }

    private void handle(SseReader.Event event, String origin, FeedPublisher.Delivery session) {
        if (event.oversize()) {
            publisher.deadLetter(new MalformedItem("over the " + MAX_EVENT_BYTES + "-byte event limit", event.size() + " bytes"),
                    origin, event.raw(), session);
            return;
        }
        try {
            Parsed parsed;
            try {
                parsed = events.parse(event.raw(), feed.context(runtime.clock().instant()));
            } catch (MalformedItem e) {
                publisher.deadLetter(e, origin, event.raw(), session);
                return;
            } catch (RuntimeException e) {
                publisher.deadLetter(new MalformedItem("unreadable payload", e.toString()), origin, event.raw(), session);
                return;
            }
            publisher.publish(parsed, origin, session);
        } finally {
            // Past this status only when it (and everything before it) went out, and no gap is left behind it.
            if (!held && !session.failedSoFar()) {
                MastodonIds.ofEvent(event).ifPresent(this::advance);
            }
        }
    }

    /** The statuses posted since the resume point; the resume point moves only past what was published. */
    private void backfill() throws InterruptedException {
        if (lastId == null) { // nothing seen yet: nothing to resume from
            return;
        }
        held = true; // until the backfill says it is complete (a failure on the way leaves the gap to the next one)
        MastodonBackfill.Result result = backfill.after(lastId, headers("application/json"));
        advance(result.resumeFrom());
        held = !result.complete();
    }

    private void advance(String id) {
        if (MastodonIds.later(id, lastId)) {
            lastId = id;
        }
    }

    private Map<String, String> headers(String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        headers.put("User-Agent", settings.userAgent());
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return headers;
    }

    private interface Step<T> {
        T run() throws InterruptedException;
    }

    /** A bug or a library's failure on odd input costs this step, not the channel. */
    private <T> T safely(Step<T> step) throws InterruptedException {
        try {
            return step.run();
        } catch (RuntimeException | Error e) { // see the class comment: counted, logged, and the stream reopened
            metrics.errors.increment();
            LOG.error("{} {}: failed", feed.name(), channel.label(), e);
            return null;
        }
    }
}

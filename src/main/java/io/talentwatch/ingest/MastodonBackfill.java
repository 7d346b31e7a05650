package io.talentwatch.ingest;

import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.feed.format.Parsed;
import io.talentwatch.feed.format.WireFormat;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The statuses a stream missed while it was down, from the REST timeline of the same channel,
 * paged forward from the last status seen: {@code min_id=LAST} returns the statuses just after it
 * (oldest page first), the next page starts after the newest of the one before, until a short page.
 * Each page is published (oldest first) and confirmed before the resume point moves past it, so a
 * page that fails to arrive or that Kafka refused is asked for again next time.
 */
final class MastodonBackfill {
    private static final Logger LOG = LogManager.getLogger(MastodonBackfill.class);
    /** Mastodon's largest page; a gap longer than {@link #MAX_PAGES} of them is filled in part, the rest next time. */
    static final int PAGE_SIZE = 40;
    static final int MAX_PAGES = 5;

    /**
     * @param resumeFrom the newest status id fetched and published (the one asked from when none)
     * @param complete whether the whole gap was fetched and published; if not, the rest is to be asked for from {@code resumeFrom}
     */
    record Result(String resumeFrom, boolean complete) {}

    private final FeedDefinition feed;
    private final URI timeline;
    private final FeedPublisher publisher;
    private final FeedMetrics metrics;
    private final IngestRuntime runtime;
    private final WireFormat statuses = FeedFormat.MASTODON.reader(Map.of());

    MastodonBackfill(FeedDefinition feed, ConnectorSettings.Channel channel, FeedPublisher publisher, FeedMetrics metrics, IngestRuntime runtime) {
        this.feed = feed;
        this.timeline = URI.create(((ConnectorSettings.MastodonStream) feed.settings()).server() + channel.timelinePath());
        this.publisher = publisher;
        this.metrics = metrics;
        this.runtime = runtime;
    }

    /** Publishes what came after status {@code lastId}, page by page, oldest page first. */
    Result after(String lastId, Map<String, String> headers) throws InterruptedException {
        String resumeFrom = lastId;
        for (int page = 0; page < MAX_PAGES; page++) {
            URI uri = URI.create(timeline + (timeline.getRawQuery() == null ? "?" : "&") + "min_id=" + resumeFrom + "&limit=" + PAGE_SIZE);
            String origin = feed.name() + " " + uri;
            metrics.polls.increment();
            HttpReply reply;
            try {
                reply = runtime.http().get(uri, headers);
            } catch (IOException e) {
                HttpErrors.io(feed.name(), uri, e, metrics);
                return new Result(resumeFrom, false);
            }
            if (!reply.ok()) {
                HttpErrors.status(feed.name(), reply, metrics, runtime.clock().instant());
                return new Result(resumeFrom, false);
            }
            metrics.succeeded(runtime.clock().instant());
            FeedPublisher.Delivery delivery;
            List<String> ids;
            try {
                Parsed parsed = PayloadDecoder.decode(FeedFormat.MASTODON, statuses, feed, reply, runtime.http().maxBodyBytes(),
                        runtime.clock().instant());
                delivery = publisher.publish(parsed, origin);
                ids = MastodonIds.ofTimeline(reply.body());
            } catch (MalformedItem e) {
                // An unreadable page: its dead letter says why; the gap stays open, to be asked for again.
                publisher.deadLetter(e, origin, reply.body());
                return new Result(resumeFrom, false);
            }
            if (!delivery.confirmed()) {
                LOG.warn("{}: Kafka did not accept part of the backfill from {}; it is asked for again at the next reconnect", feed.name(), uri);
                return new Result(resumeFrom, false);
            }
            for (String id : ids) {
                resumeFrom = MastodonIds.later(id, resumeFrom) ? id : resumeFrom;
            }
            if (ids.size() < PAGE_SIZE) {
                return new Result(resumeFrom, true);
            }
        }
        LOG.warn("{}: the backfill reached its limit of {} pages ({} statuses) at status {}; the rest of the gap is fetched at the "
                + "next reconnect", feed.name(), MAX_PAGES, MAX_PAGES * PAGE_SIZE, resumeFrom);
        return new Result(resumeFrom, false);
    }
}

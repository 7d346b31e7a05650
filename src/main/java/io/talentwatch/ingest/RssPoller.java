package io.talentwatch.ingest;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RSS or Atom feed, fetched with a conditional GET: the ETag and Last-Modified of the last
 * document are sent back as If-None-Match and If-Modified-Since, and a 304 publishes nothing.
 */
final class RssPoller implements Poller {
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    private final FeedDefinition feed;
    private final ConnectorSettings.RssPoll settings;
    private final FeedPublisher publisher;
    private final FeedMetrics metrics;
    private final IngestRuntime runtime;
    private String etag;
    private String lastModified;

    RssPoller(FeedDefinition feed, FeedPublisher publisher, FeedMetrics metrics, IngestRuntime runtime) {
        this.feed = feed;
        this.settings = (ConnectorSettings.RssPoll) feed.settings();
        this.publisher = publisher;
        this.metrics = metrics;
        this.runtime = runtime;
    }

    @Override
    public PollResult poll() throws InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", settings.userAgent());
        headers.put("Accept", ACCEPT);
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        metrics.polls.increment();
        HttpReply reply;
        try {
            reply = runtime.http().get(settings.url(), headers);
        } catch (IOException e) {
            return HttpErrors.io(feed.name(), settings.url(), e, metrics);
        }
        Instant now = runtime.clock().instant();
        if (reply.status() == 304) {
            metrics.notModified.increment();
            metrics.succeeded(now);
            return PollResult.succeeded();
        }
        if (!reply.ok()) {
            return HttpErrors.status(feed.name(), reply, metrics, now);
        }
        FeedPublisher.Delivery delivery = publisher.publishPayload(reply, runtime.http().maxBodyBytes(), feed.name() + " " + reply.uri());
        // Kept only once Kafka took every record of this document (its dead letter, when it is unreadable: the
        // same broken document need not be fetched again). Kept earlier, a record Kafka refused would be lost,
        // as every later poll would get a 304; dropped, the next poll fetches the whole document again.
        boolean accepted = delivery.confirmed();
        etag = accepted ? reply.header("ETag") : null;
        lastModified = accepted ? reply.header("Last-Modified") : null;
        metrics.succeeded(now);
        return PollResult.succeeded();
    }
}

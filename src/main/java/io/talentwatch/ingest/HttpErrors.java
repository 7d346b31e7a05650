package io.talentwatch.ingest;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Requests that failed: counted and logged, never dead letters (nothing was received to keep). 429
 * and 503 may say when to come back.
 */
final class HttpErrors {
    private static final Logger LOG = LogManager.getLogger(HttpErrors.class);

    private HttpErrors() {}

    static PollResult status(String feed, HttpReply reply, FeedMetrics metrics, Instant now) {
        metrics.errors.increment();
        Duration retryAfter = reply.status() == 429 || reply.status() == 503 ? RetryAfter.of(reply.headers(), now).orElse(null) : null;
        LOG.warn("{}: HTTP {} from {}{}", feed, reply.status(), reply.uri(), retryAfter == null ? "" : "; retrying after " + retryAfter);
        return PollResult.failed(retryAfter);
    }

    static PollResult io(String feed, URI uri, IOException e, FeedMetrics metrics) {
        metrics.errors.increment();
        LOG.warn("{}: GET {} failed: {}", feed, uri, e.toString());
        return PollResult.failed(null);
    }
}

package io.talentwatch.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A subreddit's newest posts ({@code /r/SUB/new.json}), with the User-Agent Reddit asks every
 * client to set, and its rate limit obeyed: when {@code x-ratelimit-remaining} reaches 0 the next
 * request waits for {@code x-ratelimit-reset}; a 429 waits for Retry-After, else for the reset.
 */
final class RedditPoller implements Poller {
    private final FeedDefinition feed;
    private final ConnectorSettings.RedditPoll settings;
    private final FeedPublisher publisher;
    private final FeedMetrics metrics;
    private final IngestRuntime runtime;

    RedditPoller(FeedDefinition feed, FeedPublisher publisher, FeedMetrics metrics, IngestRuntime runtime) {
        this.feed = feed;
        this.settings = (ConnectorSettings.RedditPoll) feed.settings();
        this.publisher = publisher;
        this.metrics = metrics;
        this.runtime = runtime;
    }

    @Override
    public PollResult poll() throws InterruptedException {
        URI listing = settings.listing();
        metrics.polls.increment();
        HttpReply reply;
        try {
            reply = runtime.http().get(listing, Map.of("User-Agent", settings.userAgent(), "Accept", "application/json"));
        } catch (IOException e) {
            return HttpErrors.io(feed.name(), listing, e, metrics);
        }
        Instant now = runtime.clock().instant();
        Optional<Duration> exhausted = rateLimitExhausted(reply.headers());
        if (!reply.ok()) {
            PollResult failed = HttpErrors.status(feed.name(), reply, metrics, now);
            return failed.serverWait() == null && reply.status() == 429 && exhausted.isPresent() ? PollResult.failed(exhausted.get()) : failed;
        }
        publisher.publishPayload(reply, runtime.http().maxBodyBytes(), feed.name() + " " + reply.uri());
        metrics.succeeded(now);
        return exhausted.map(PollResult::succeededButWait).orElse(PollResult.succeeded());
    }

    /** The time until the rate limit resets, when no request is left before then. */
    static Optional<Duration> rateLimitExhausted(HttpHeaders headers) {
        Optional<Double> remaining = number(headers, "x-ratelimit-remaining");
        Optional<Double> reset = number(headers, "x-ratelimit-reset");
        if (remaining.isEmpty() || remaining.get() >= 1 || reset.isEmpty()) {
            return Optional.empty();
        }
        Duration wait = Duration.ofSeconds((long) Math.ceil(reset.get()));
        return Optional.of(wait.compareTo(RetryAfter.MAX) > 0 ? RetryAfter.MAX : wait);
    }

    private static Optional<Double> number(HttpHeaders headers, String name) {
        try {
            return headers.firstValue(name).map(String::strip).map(Double::parseDouble).filter(d -> Double.isFinite(d) && d >= 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

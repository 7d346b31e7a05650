package io.talentwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Waiting after failures: doubling with jitter under a cap, and what servers say about it. */
class IngestBackoffTest {
    private static final Instant NOW = Instant.parse("2025-06-28T18:00:00Z");

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (n, v) -> true);
    }

    @Test
    void doublesFromItsStartUpToItsCapWithTwentyPercentJitter() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

        assertThat(backoff.delay(1, 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(4, 0.5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.delay(4, 0.0)).isEqualTo(Duration.ofMillis(6400));
        assertThat(backoff.delay(4, 0.999_999)).isBetween(Duration.ofMillis(9599), Duration.ofMillis(9600));
        assertThat(backoff.delay(30, 0.999)).as("never above the cap").isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delay(1_000, 0.0)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void pollingBacksOffFromAMinuteOrTheIntervalUpToHalfAnHourOrTheInterval() {
        assertThat(Backoff.forPolling(Duration.ofMinutes(10))).isEqualTo(new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(30)));
        assertThat(Backoff.forPolling(Duration.ofSeconds(20))).isEqualTo(new Backoff(Duration.ofSeconds(20), Duration.ofMinutes(30)));
        assertThat(Backoff.forPolling(Duration.ofHours(2))).isEqualTo(new Backoff(Duration.ofMinutes(1), Duration.ofHours(2)));
    }

    @Test
    void retryAfterInSecondsOrAsADateBoundedToADay() {
        assertThat(RetryAfter.of(headers("Retry-After", "120"), NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.of(headers("Retry-After", "Sat, 28 Jun 2025 18:05:00 GMT"), NOW)).contains(Duration.ofMinutes(5));
        assertThat(RetryAfter.of(headers("Retry-After", "Sat, 28 Jun 2025 17:00:00 GMT"), NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.of(headers("Retry-After", "Thu, 31 Dec 2099 23:59:59 GMT"), NOW)).contains(Duration.ofDays(1));
        assertThat(RetryAfter.of(headers("Retry-After", "soon"), NOW)).isEmpty();
        assertThat(RetryAfter.of(headers("Other", "1"), NOW)).isEmpty();
    }

    @Test
    void redditsRateLimitCountsOnlyWhenNoRequestIsLeft() {
        HttpHeaders exhausted = HttpHeaders.of(Map.of("x-ratelimit-remaining", List.of("0.0"), "x-ratelimit-reset", List.of("41.5")), (n, v) -> true);
        HttpHeaders left = HttpHeaders.of(Map.of("x-ratelimit-remaining", List.of("12.0"), "x-ratelimit-reset", List.of("41")), (n, v) -> true);
        HttpHeaders garbage = HttpHeaders.of(Map.of("x-ratelimit-remaining", List.of("none"), "x-ratelimit-reset", List.of("NaN")), (n, v) -> true);

        assertThat(RedditPoller.rateLimitExhausted(exhausted)).contains(Duration.ofSeconds(42));
        assertThat(RedditPoller.rateLimitExhausted(left)).isEmpty();
        assertThat(RedditPoller.rateLimitExhausted(garbage)).isEmpty();
    }

    @Test
    void aConnectorWaitsTheIntervalAfterASuccessUnlessTheServerAsksForLonger() {
        PollingConnector connector = new PollingConnector("f", () -> PollResult.succeeded(), Duration.ofMinutes(2), new FeedMetrics("f"),
                TestRuntime.with(new ScriptedPause(0)));

        assertThat(connector.wait(PollResult.succeeded(), 0)).isEqualTo(Duration.ofMinutes(2));
        assertThat(connector.wait(PollResult.succeededButWait(Duration.ofSeconds(30)), 0)).isEqualTo(Duration.ofMinutes(2));
        assertThat(connector.wait(PollResult.succeededButWait(Duration.ofMinutes(5)), 0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(connector.wait(PollResult.failed(null), 3)).isEqualTo(Duration.ofMinutes(4));
        // After a failure, never less than the backoff: a server's "come back sooner" is not a reason to hammer it.
        assertThat(connector.wait(PollResult.failed(Duration.ofSeconds(7)), 3)).as("a Retry-After shorter than the backoff").isEqualTo(Duration.ofMinutes(4));
        assertThat(connector.wait(PollResult.failed(Duration.ofMinutes(9)), 3)).as("a Retry-After longer than the backoff").isEqualTo(Duration.ofMinutes(9));
    }

    @Test
    void retryAfterZeroOrAPastDateOrAnExhaustedResetOfZeroStillWaitsTheBackoff() {
        assertThat(RetryAfter.of(headers("Retry-After", "0"), NOW)).contains(Duration.ZERO);
        HttpHeaders resetNow = HttpHeaders.of(Map.of("x-ratelimit-remaining", List.of("0"), "x-ratelimit-reset", List.of("0")), (n, v) -> true);
        assertThat(RedditPoller.rateLimitExhausted(resetNow)).contains(Duration.ZERO);

        PollingConnector connector = new PollingConnector("f", () -> PollResult.succeeded(), Duration.ofMinutes(2), new FeedMetrics("f"),
                TestRuntime.with(new ScriptedPause(0)));
        assertThat(connector.wait(PollResult.failed(Duration.ZERO), 1)).as("Retry-After: 0 after one failure").isEqualTo(Duration.ofMinutes(1));
        assertThat(connector.wait(PollResult.failed(Duration.ZERO), 2)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aPollThatThrowsAnErrorIsCountedAndRetriedAfterTheBackoffNotTheEndOfTheFeed() {
        java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
        FeedMetrics metrics = new FeedMetrics("f");
        ScriptedPause pause = new ScriptedPause(2);
        PollingConnector connector = new PollingConnector("f", () -> {
            if (polls.incrementAndGet() == 1) {
                throw new StackOverflowError("a parser's recursion on odd input");
            }
            return PollResult.succeeded();
        }, Duration.ofMinutes(2), metrics, TestRuntime.with(pause));

        Feeds.runUntilPauseEnds(connector);

        assertThat(polls).as("the feed goes on after the Error").hasValue(3);
        assertThat(metrics.counts().errors()).isEqualTo(1);
        assertThat(pause.waits()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(2));
    }
}

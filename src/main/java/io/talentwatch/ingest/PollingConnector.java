package io.talentwatch.ingest;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A polled feed's schedule: after a success, the feed's interval (or longer when the server asks);
 * after failures in a row, the backoff, or longer when the server's Retry-After asks for longer: never
 * less than the backoff, so that a server answering "retry now" ({@code Retry-After: 0}) is not hammered.
 *
 * <p>A poll that throws anything ({@link RuntimeException} or {@link Error}, a bug or a library's
 * failure on odd input) is logged, counted as an error of the feed and treated as a failed poll: the
 * feed is retried after the backoff rather than ending silently while the ingester runs on. With
 * {@code --once} the error counts, so the command exits non-zero.
 */
final class PollingConnector implements FeedConnector {
    private static final Logger LOG = LogManager.getLogger(PollingConnector.class);

    private final String feed;
    private final Poller poller;
    private final Duration interval;
    private final Backoff backoff;
    private final FeedMetrics metrics;
    private final Pause pause;
    private final DoubleSupplier jitter;

    PollingConnector(String feed, Poller poller, Duration interval, FeedMetrics metrics, IngestRuntime runtime) {
        this.feed = feed;
        this.poller = poller;
        this.interval = interval;
        this.backoff = Backoff.forPolling(interval);
        this.metrics = metrics;
        this.pause = runtime.pause();
        this.jitter = runtime.jitter();
    }

    @Override
    public void runOnce(Duration streamLimit) throws InterruptedException {
        pollSafely();
    }

    @Override
    public void runContinuously() throws InterruptedException {
        int failures = 0;
        while (true) {
            PollResult result = pollSafely();
            failures = result.ok() ? 0 : failures + 1;
            pause.sleep(wait(result, failures));
        }
    }

    Duration wait(PollResult result, int failures) {
        if (result.ok()) {
            return result.serverWait() != null && result.serverWait().compareTo(interval) > 0 ? result.serverWait() : interval;
        }
        Duration backedOff = backoff.delay(failures, jitter.getAsDouble());
        return result.serverWait() != null && result.serverWait().compareTo(backedOff) > 0 ? result.serverWait() : backedOff;
    }

    private PollResult pollSafely() throws InterruptedException {
        try {
            return poller.poll();
        } catch (RuntimeException | Error e) { // a bug or a library's failure on odd input must not end the feed
            metrics.errors.increment();
            LOG.error("{}: poll failed; retrying after the backoff", feed, e);
            return PollResult.failed(null);
        }
    }
}

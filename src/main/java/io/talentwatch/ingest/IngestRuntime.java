package io.talentwatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * What the connectors take from the world besides their definitions: HTTP, the time, waiting,
 * randomness for jitter and the environment (access tokens). Tests pass their own.
 *
 * @param streamIdleTimeout a stream that sends nothing, not even a heartbeat, this long is dropped and reopened
 */
public record IngestRuntime(HttpFetcher http, Clock clock, Pause pause, DoubleSupplier jitter,
                            Function<String, String> env, Duration streamIdleTimeout) {
    public static IngestRuntime real() {
        return new IngestRuntime(new HttpFetcher(), Clock.systemUTC(), Pause.real(), () -> ThreadLocalRandom.current().nextDouble(),
                System::getenv, Duration.ofSeconds(90));
    }
}

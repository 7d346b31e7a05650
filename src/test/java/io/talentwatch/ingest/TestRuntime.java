package io.talentwatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The runtime of connector tests: real HTTP, a fixed clock, recorded waits, no jitter. */
final class TestRuntime {
    static final Instant NOW = Instant.parse("2025-06-28T18:00:00Z");

    private TestRuntime() {}

    static IngestRuntime with(Pause pause) {
        return with(pause, Map.of(), Duration.ofSeconds(5));
    }

    static IngestRuntime with(Pause pause, Map<String, String> env, Duration streamIdleTimeout) {
        return new IngestRuntime(new HttpFetcher(), Clock.fixed(NOW, ZoneOffset.UTC), pause, () -> 0.5, env::get, streamIdleTimeout);
    }
}

package io.talentwatch.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pacing only ever waits at least as long as due; the bounds below cannot be broken by a slow machine. */
class PacerTest {
    private static final Instant T0 = Instant.parse("2025-06-28T09:00:00Z");

    @Test
    void spacesItemsByTheirEventTimeDividedBySpeed() throws Exception {
        Pacer pacer = new Pacer(3600.0); // one hour of history per second
        long start = System.nanoTime();
        pacer.await(T0);
        pacer.await(T0.plusSeconds(900));
        pacer.await(T0.plusSeconds(1800)); // half an hour in: due after 0.5 s
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(500);
    }

    @Test
    void withoutASpeedItNeverWaits() throws Exception {
        Pacer pacer = new Pacer(null);
        long start = System.nanoTime();
        pacer.await(T0);
        pacer.await(T0.plusSeconds(365L * 24 * 3600)); // a year of history
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}

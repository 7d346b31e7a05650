package io.talentwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.SpikeSettings;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
    private static final long SLIDE = Duration.ofMinutes(15).toMillis();
    private static final Instant T0 = Instant.parse("2025-06-23T00:00:00Z");
    private final SpikeDetector detector = new SpikeDetector(new SpikeSettings(96, 8, 5, 0.001), SLIDE);

    private static WindowStat window(int step, long count) {
        Instant end = T0.plusMillis(step * SLIDE);
        return new WindowStat("meta", end.minus(Duration.ofHours(1)), end, count, 0, 0);
    }

    /** Feeds windows of the given counts, step by step, and returns the verdict on the last one. */
    private Optional<Spike> feed(long... counts) {
        Baseline baseline = detector.emptyBaseline();
        SpikeDetector.Verdict verdict = null;
        for (int i = 0; i < counts.length; i++) {
            verdict = detector.judge(baseline, window(i, counts[i]));
            baseline = verdict.next();
        }
        return verdict.spike();
    }

    @Test
    void aBurstOverAQuietBaselineIsASpike() {
        Optional<Spike> spike = feed(1, 2, 1, 0, 1, 2, 1, 1, 2, 1, 25);

        assertThat(spike).isPresent();
        assertThat(spike.get().count()).isEqualTo(25);
        assertThat(spike.get().expected()).isBetween(1.0, 1.5);
        assertThat(spike.get().pValue()).isLessThan(1e-10);
        assertThat(spike.get().score()).isGreaterThan(0.999);
        assertThat(spike.get().id()).isEqualTo("meta@" + T0.plusMillis(10 * SLIDE).toEpochMilli());
    }

    @Test
    void ordinaryVariationIsNot() {
        assertThat(feed(3, 5, 4, 6, 3, 5, 4, 4, 5, 6, 7)).isEmpty();
    }

    @Test
    void nothingIsJudgedDuringWarmUpOrBelowTheMinimumCount() {
        assertThat(feed(0, 0, 30)).as("warm-up").isEmpty();
        assertThat(feed(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4)).as("under min-count").isEmpty();
    }

    @Test
    void windowsThatNeverFiredCountAsZerosInTheBaseline() {
        Baseline baseline = detector.emptyBaseline();
        baseline = detector.judge(baseline, window(0, 4)).next();
        // The next window seen is 20 steps later: the 19 between had no mentions.
        Baseline after = detector.judge(baseline, window(20, 4)).next();

        assertThat(after.filled()).isEqualTo(21);
        assertThat(after.expected()).isCloseTo((8 + 1.0) / 22, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void stateIsBoundedByTheBaselineLength() {
        Baseline baseline = detector.emptyBaseline();
        for (int i = 0; i < 1000; i++) {
            baseline = detector.judge(baseline, window(i, i % 7)).next();
        }
        assertThat(baseline.counts()).hasSize(96);
        assertThat(baseline.filled()).isEqualTo(96);
    }
}

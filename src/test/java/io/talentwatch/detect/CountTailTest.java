package io.talentwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.SpikeSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The top of the band of ordinary counts is where the detector's own test starts to flag. */
class CountTailTest {
    private static final double SIGNIFICANCE = SpikeSettings.defaults().significance();

    @Test
    void significantFromIsTheFirstCountWhoseTailIsBelowTheSignificance() {
        double[][] cases = {{0.5, 1}, {3, 1}, {10, 1}, {10, 1.5}, {10, 4}, {120, 1}, {120, 3}, {2000, 40}};
        for (double[] c : cases) {
            long k = CountTail.significantFrom(SIGNIFICANCE, c[0], c[1]);
            assertThat(CountTail.atLeast(k, c[0], c[1])).as("mean %s dispersion %s", c[0], c[1]).isLessThan(SIGNIFICANCE);
            assertThat(CountTail.atLeast(k - 1, c[0], c[1])).as("mean %s dispersion %s", c[0], c[1])
                    .isGreaterThanOrEqualTo(SIGNIFICANCE);
        }
        assertThat(CountTail.significantFrom(SIGNIFICANCE, 10, 1)).as("Poisson(10) at 1e-5").isEqualTo(27);
        assertThat(CountTail.significantFrom(SIGNIFICANCE, 10, 4)).as("a heavier tail").isGreaterThan(27);
    }

    @Test
    void aStepAtItsSignificantFromCountIsFlaggedAndOneBelowIsNot() {
        SpikeDetector detector = new SpikeDetector(SpikeSettings.defaults(), Duration.ofMinutes(15));
        KeyState state = detector.start();
        long end = 0;
        for (int i = 0; i < 200; i++) {
            end += Duration.ofMinutes(15).toMillis();
            state = detector.observe(state, end, 8 + i % 5).next();
        }
        long next = end + Duration.ofMinutes(15).toMillis();
        long from = detector.significantFrom(state, next);

        assertThat(from).isGreaterThan(SpikeSettings.defaults().minCount());
        assertThat(detector.observe(state, next, from).judgement().flagged()).isTrue();
        assertThat(detector.observe(state, next, from - 1).judgement().flagged()).isFalse();
    }
}

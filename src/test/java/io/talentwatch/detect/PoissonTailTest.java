package io.talentwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonTailTest {
    /** P(X >= k) by summing the lower tail directly: fine for the moderate values used here. */
    private static double reference(long k, double lambda) {
        double term = Math.exp(-lambda);
        double below = 0;
        for (long i = 0; i < k; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return 1 - below;
    }

    @Test
    void matchesTheDirectSumWhereThatIsAccurate() {
        for (double lambda : new double[] {0.3, 1, 2.5, 7, 20}) {
            for (long k = 0; k <= 30; k++) {
                double expected = reference(k, lambda);
                assertThat(PoissonTail.atLeast(k, lambda)).as("k=%d lambda=%s", k, lambda)
                        .isCloseTo(expected, within(1e-9 + expected * 1e-6));
            }
        }
    }

    @Test
    void staysAccurateFarInTheTail() {
        // P(X >= 30 | 1) = e^-1 * sum_{i>=30} 1/i! = 1.43308e-33 (exact rational sum, then e^-1).
        assertThat(PoissonTail.atLeast(30, 1.0)).isCloseTo(1.43308e-33, within(0.00001e-33));
        assertThat(PoissonTail.atLeast(5000, 4000)).isGreaterThan(0).isLessThan(1e-40);
    }

    @Test
    void edgeCases() {
        assertThat(PoissonTail.atLeast(0, 3)).isEqualTo(1.0);
        assertThat(PoissonTail.atLeast(1, 0)).isEqualTo(0.0);
        assertThat(PoissonTail.atLeast(1, 1e-9)).isCloseTo(1e-9, within(1e-12));
    }
}

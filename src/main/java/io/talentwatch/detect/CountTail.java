package io.talentwatch.detect;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities of a count with mean {@code mean} and variance {@code dispersion * mean}:
 * negative binomial when the series is overdispersed (news comes in bursts of reposts), Poisson
 * when it is not. Both through Commons Math's regularized incomplete gamma and beta functions,
 * which stay accurate far in the upper tail.
 */
final class CountTail {
    /** Below this much overdispersion the negative binomial is a Poisson for every purpose here. */
    static final double POISSON_BELOW = 1.02;

    private CountTail() {}

    /** P(X >= k). */
    static double atLeast(long k, double mean, double dispersion) {
        if (k <= 0) {
            return 1.0;
        }
        if (dispersion < POISSON_BELOW) {
            // P(X >= k) for X ~ Poisson(mean) is the regularized lower incomplete gamma P(k, mean).
            return Gamma.regularizedGammaP(k, mean);
        }
        // Negative binomial with size r = mean / (dispersion - 1): P(X >= k) = I_x(k, r), x = mean / (r + mean).
        double size = mean / (dispersion - 1);
        try {
            return Beta.regularizedBeta((dispersion - 1) / dispersion, k, size);
        } catch (MathIllegalStateException e) {
            // The continued fraction can fail for extreme shapes; a job must not. Poisson is the lighter tail.
            return Gamma.regularizedGammaP(k, mean);
        }
    }

    /**
     * The smallest count k with P(X >= k) below {@code significance}: where the band of ordinary
     * counts ends. By doubling then halving, a few dozen tail evaluations however heavy the tail.
     */
    static long significantFrom(double significance, double mean, double dispersion) {
        long ordinary = 0; // P(X >= 0) = 1: never significant
        long significant = Math.max(1, (long) Math.ceil(mean));
        while (atLeast(significant, mean, dispersion) >= significance) {
            ordinary = significant;
            if (significant > Long.MAX_VALUE / 4) {
                return Long.MAX_VALUE;
            }
            significant *= 2;
        }
        while (significant - ordinary > 1) {
            long middle = ordinary + (significant - ordinary) / 2;
            if (atLeast(middle, mean, dispersion) < significance) {
                significant = middle;
            } else {
                ordinary = middle;
            }
        }
        return significant;
    }

    /** P(X = 0): how plausible a silent step is. */
    static double zero(double mean, double dispersion) {
        if (dispersion < POISSON_BELOW) {
            return Math.exp(-mean);
        }
        double size = mean / (dispersion - 1);
        return Math.exp(-size * Math.log(dispersion));
    }

    /**
     * The p-value on [0, 1], higher meaning more anomalous: -log10(p) over twice -log10(significance),
     * capped at 1. The significance threshold maps to 0.5 and its square (1e-6 for 0.001) to 1.
     */
    static double score(double pValue, double significance) {
        if (pValue >= 1) {
            return 0;
        }
        if (pValue <= 0) {
            return 1;
        }
        return Math.min(1.0, Math.log(pValue) / (2 * Math.log(significance)));
    }
}

package io.talentwatch.detect;

/** Upper tail of the Poisson distribution, the natural null model for a count of independent mentions. */
public final class PoissonTail {
    private PoissonTail() {}

    /** P(X >= k) for X ~ Poisson(lambda), accurate also when it is tiny. */
    public static double atLeast(long k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        if (lambda <= 0) {
            return 0.0;
        }
        // Sum the upper tail directly from its first term: no cancellation against 1.
        double logTerm = k * Math.log(lambda) - lambda - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (long i = k; term > sum * 1e-17 || i < k + lambda; i++) {
            sum += term;
            term *= lambda / (i + 1);
            if (term == 0 && i > k + lambda) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(long n) {
        if (n < 20) {
            double f = 1;
            for (long i = 2; i <= n; i++) {
                f *= i;
            }
            return Math.log(f);
        }
        // Stirling's series, exact to double precision from n = 20.
        double x = n;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}

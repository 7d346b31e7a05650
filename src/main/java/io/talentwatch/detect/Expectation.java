package io.talentwatch.detect;

/**
 * What the baseline expects of one step: {@code mean} (floored at min-expected), its variance
 * {@code mean + overdispersion * mean^2}, the seasonal {@code factor} the level was multiplied by
 * (the product of the hour-of-day and day-of-week factors), and the step's slots in those
 * profiles (-1 when that profile is off).
 */
record Expectation(double mean, double overdispersion, double factor, double dailyFactor, double weeklyFactor,
        int dailySlot, int weeklySlot) {

    /** Variance over mean: 1 for Poisson. */
    double dispersion() {
        return 1 + overdispersion * mean;
    }

    double sd() {
        return Math.sqrt(mean * dispersion());
    }
}

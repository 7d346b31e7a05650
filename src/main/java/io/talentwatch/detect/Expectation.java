package io.talentwatch.detect;

/**
 * What the baseline expects of one step: {@code mean} (floored at min-expected), the variance
 * ratio {@code dispersion} (at least 1), the seasonal {@code factor} the level was multiplied by,
 * and the hour-of-day and day-of-week slots the step falls in (-1 when that profile is off).
 */
record Expectation(double mean, double dispersion, double factor, double dailyFactor, double weeklyFactor,
        int dailySlot, int weeklySlot) {

    double sd() {
        return Math.sqrt(dispersion * mean);
    }
}

package io.talentwatch.plot;

import java.time.Instant;

/**
 * One step of a series as a picture shows it: the interval it counts, its count, what the baseline
 * expected, and the top of the band of ordinary counts (the smallest count the detector's test calls
 * significant; NaN when unknown).
 */
public record PlotStep(Instant start, Instant end, long count, double expected, double bandTop) {}

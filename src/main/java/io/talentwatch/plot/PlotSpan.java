package io.talentwatch.plot;

import java.time.Instant;

/** A stretch of time to shade as flagged: from the start of its first flagged step to the end of its last. */
public record PlotSpan(Instant from, Instant to) {}

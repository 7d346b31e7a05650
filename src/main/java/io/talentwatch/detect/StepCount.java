package io.talentwatch.detect;

/** One step of a series as it was counted: the step's end (epoch ms) and its count. */
public record StepCount(long stepEnd, long count) {}

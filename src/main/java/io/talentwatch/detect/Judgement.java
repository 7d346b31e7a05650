package io.talentwatch.detect;

/**
 * The detector's reading of one step of a series: the count against what the baseline expected.
 * {@code pValue} is the probability of a count at least this high under the baseline; {@code score}
 * maps it into [0, 1], higher meaning more anomalous. {@code flagged} is the verdict: significant,
 * with enough support, after the warm-up.
 */
public record Judgement(long stepEnd, long count, double expected, double pValue, double score, boolean flagged) {}

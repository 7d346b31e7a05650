package io.talentwatch.detect;

/**
 * One step as the detector judged it, with the top of its band of ordinary counts
 * ({@link SpikeDetector#significantFrom}); NaN where a long gap was replayed inside one
 * {@code observe} call, which leaves no band to show.
 */
public record JudgedStep(Judgement judgement, double significantFrom) {}

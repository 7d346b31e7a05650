package io.talentwatch.detect;

/**
 * One spike of one series, from the step that opened it to the one that closed it: everything an
 * alert says about it apart from the explanation, which the job adds. Times are step ends (epoch
 * ms); {@code closedAt} is null until it closes. {@code peak} is the flagged step with the highest
 * count so far, {@code latest} the step that produced this update.
 */
public record Episode(long openedAt, long updatedAt, Long closedAt, Phase phase, Judgement peak, Judgement latest,
        int flaggedSteps) {}

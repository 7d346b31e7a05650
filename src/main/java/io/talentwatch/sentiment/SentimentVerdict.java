package io.talentwatch.sentiment;

import io.talentwatch.model.Sentiment;
import io.talentwatch.model.Sentiment.Label;

/**
 * What the analyzer reads in a text: a score in [-1, 1], its label, and how sure it is (for a
 * trained model the probability it gives that label; for the rules alone the size of the score).
 */
public record SentimentVerdict(double score, Label label, double confidence) {
    static final SentimentVerdict NEUTRAL = new SentimentVerdict(0, Label.NEUTRAL, 0);

    /** The rules' compound score, labelled with the job's neutral band. */
    static SentimentVerdict ofRules(double compound) {
        Sentiment sentiment = Sentiment.of(compound);
        return new SentimentVerdict(compound, sentiment.label(), Math.abs(compound));
    }
}

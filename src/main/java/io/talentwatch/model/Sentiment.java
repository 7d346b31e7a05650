package io.talentwatch.model;

import java.io.Serializable;
import java.util.Locale;

/** A sentiment score in [-1, 1] and its label; scores within ±{@value #NEUTRAL_BAND} read as neutral. */
public record Sentiment(double score, Label label) implements Serializable {
    /** Chosen on the dev half of the evaluation sets (see src/test/resources/eval/README.md). */
    public static final double NEUTRAL_BAND = 0.2;
    public static final Sentiment NEUTRAL = new Sentiment(0.0, Label.NEUTRAL);

    public enum Label {
        NEGATIVE,
        NEUTRAL,
        POSITIVE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Sentiment of(double score) {
        if (score >= NEUTRAL_BAND) {
            return new Sentiment(score, Label.POSITIVE);
        }
        return new Sentiment(score, score <= -NEUTRAL_BAND ? Label.NEGATIVE : Label.NEUTRAL);
    }
}

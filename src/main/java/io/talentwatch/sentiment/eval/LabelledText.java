package io.talentwatch.sentiment.eval;

import io.talentwatch.model.Sentiment.Label;

/**
 * One text with its gold sentiment, as the evaluation and the training read it. {@code source} is
 * the corpus (and sub-source), {@code domain} what kind of text it is (social, news, reviews),
 * {@code variety} the language variety (en; msa, egyptian, gulf, levantine, maghrebi), {@code split}
 * train, dev or test.
 */
public record LabelledText(String text, Label label, String language, String source, String domain,
        String variety, String split) {

    public LabelledText {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a labelled text needs a text");
        }
        if (label == null) {
            throw new IllegalArgumentException("a labelled text needs a label");
        }
    }

    /** The gold label as a number: -1, 0 or 1, for a correlation with scores in [-1, 1]. */
    public int polarity() {
        return switch (label) {
            case NEGATIVE -> -1;
            case NEUTRAL -> 0;
            case POSITIVE -> 1;
        };
    }
}

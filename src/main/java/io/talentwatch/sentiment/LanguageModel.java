package io.talentwatch.sentiment;

import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.model.LinearModel;

/**
 * One language's trained model and how its output reads: a score P(positive) - P(negative) in
 * [-1, 1], neutral within ±{@code neutralBand} of 0 (the band is calibrated on the development
 * split, so that a neutral verdict is about as often right as a positive or negative one).
 */
record LanguageModel(String language, LinearModel weights, double neutralBand) {
    LanguageModel {
        if (weights.dense() != Reading.FEATURES) {
            throw new IllegalArgumentException("the " + language + " model reads " + weights.dense()
                    + " dense features, this build gives " + Reading.FEATURES);
        }
        if (!(neutralBand >= 0 && neutralBand < 1)) {
            throw new IllegalArgumentException("neutral band " + neutralBand + " is not in [0, 1)");
        }
    }

    SentimentFeatures features() {
        return new SentimentFeatures(weights.bits());
    }

    int index(Label label) {
        return weights.classes().indexOf(label);
    }

    /** P(label), 0 for a label the model was not trained on. */
    double probability(double[] p, Label label) {
        int i = index(label);
        return i < 0 ? 0 : p[i];
    }
}

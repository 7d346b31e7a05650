package io.talentwatch.sentiment;

import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.model.FeatureBag;
import java.util.Collection;
import java.util.List;

/**
 * The sentiment of one analysed text, for the whole text or any of its sentences (a company's
 * sentiment reads only the sentences that name it): the model's reading where the language has one,
 * else the lexicon rules' compound score.
 */
public final class TextSentiment {
    private final LanguageModel model;
    private final FeatureBag bag;
    private final List<Reading> readings;
    private final boolean scored;

    /** {@code scored}: false for a language without rules, which reads neutral. */
    TextSentiment(LanguageModel model, FeatureBag bag, List<Reading> readings, boolean scored) {
        this.model = model;
        this.bag = bag;
        this.readings = readings;
        this.scored = scored;
    }

    public SentimentVerdict overall() {
        return ofSentences(java.util.stream.IntStream.range(0, readings.size()).boxed().toList());
    }

    /** The sentiment of the sentences {@code indexes} only. */
    public SentimentVerdict ofSentences(Collection<Integer> indexes) {
        Reading reading = Reading.NONE;
        double[] sums = model == null ? null : new double[model.weights().classes().size()];
        int count = 0;
        for (int s : indexes) {
            reading = reading.plus(readings.get(s));
            if (model != null) {
                model.weights().add(bag, s, sums);
                count += bag.count(s);
            }
        }
        return sentiment(reading, sums, count);
    }

    /** What the lexicon rules alone read in the whole text (VADER's compound for English). */
    public double rulesCompound() {
        return reading().compound();
    }

    /** The rules' reading of the whole text. */
    Reading reading() {
        Reading reading = Reading.NONE;
        for (Reading r : readings) {
            reading = reading.plus(r);
        }
        return reading;
    }

    private SentimentVerdict sentiment(Reading reading, double[] sums, int count) {
        if (!scored) {
            return SentimentVerdict.NEUTRAL;
        }
        if (model == null) {
            return SentimentVerdict.ofRules(reading.compound());
        }
        double[] p = model.weights().probabilities(sums, count, reading.features());
        double score = model.probability(p, Label.POSITIVE) - model.probability(p, Label.NEGATIVE);
        Label label = Math.abs(score) < model.neutralBand() ? Label.NEUTRAL : score > 0 ? Label.POSITIVE : Label.NEGATIVE;
        return new SentimentVerdict(score, label, model.probability(p, label));
    }
}

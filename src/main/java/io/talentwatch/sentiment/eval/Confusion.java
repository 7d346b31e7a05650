package io.talentwatch.sentiment.eval;

import io.talentwatch.model.Sentiment.Label;

/**
 * Gold labels against predicted ones over the three sentiment labels, and the figures read from
 * them: accuracy, per-label precision, recall and F1, their macro and support-weighted means over
 * the labels the gold uses, and coverage (the share predicted non-neutral). A gold set without
 * neutral items (a binary set) counts every neutral prediction as wrong, as the issue asks.
 */
public final class Confusion {
    private final long[][] counts = new long[3][3];
    private long total;

    public void add(Label gold, Label predicted) {
        counts[gold.ordinal()][predicted.ordinal()]++;
        total++;
    }

    public long total() {
        return total;
    }

    public double accuracy() {
        long right = 0;
        for (int i = 0; i < 3; i++) {
            right += counts[i][i];
        }
        return ratio(right, total);
    }

    /**
     * Accuracy over the positive and negative gold items only, a neutral verdict counting as wrong:
     * the figure for binary sets, and for the polar part of three-way ones.
     */
    public double binaryAccuracy() {
        int negative = Label.NEGATIVE.ordinal();
        int positive = Label.POSITIVE.ordinal();
        return ratio(counts[negative][negative] + counts[positive][positive], support(Label.NEGATIVE) + support(Label.POSITIVE));
    }

    /** Share of items predicted positive or negative. */
    public double coverage() {
        long neutral = 0;
        for (int g = 0; g < 3; g++) {
            neutral += counts[g][Label.NEUTRAL.ordinal()];
        }
        return ratio(total - neutral, total);
    }

    public long support(Label gold) {
        long n = 0;
        for (int p = 0; p < 3; p++) {
            n += counts[gold.ordinal()][p];
        }
        return n;
    }

    public double precision(Label label) {
        long predicted = 0;
        for (int g = 0; g < 3; g++) {
            predicted += counts[g][label.ordinal()];
        }
        return ratio(counts[label.ordinal()][label.ordinal()], predicted);
    }

    public double recall(Label label) {
        return ratio(counts[label.ordinal()][label.ordinal()], support(label));
    }

    public double f1(Label label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 over the labels present in the gold. */
    public double macroF1() {
        double sum = 0;
        int labels = 0;
        for (Label label : Label.values()) {
            if (support(label) > 0) {
                sum += f1(label);
                labels++;
            }
        }
        return labels == 0 ? 0 : sum / labels;
    }

    /** F1 per gold label weighted by its support. */
    public double weightedF1() {
        double sum = 0;
        for (Label label : Label.values()) {
            sum += f1(label) * support(label);
        }
        return ratio(sum, total);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}

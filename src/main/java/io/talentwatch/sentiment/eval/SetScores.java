package io.talentwatch.sentiment.eval;

import io.talentwatch.model.Sentiment.Label;
import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * How one scorer did on one test set: its labels against the gold ones ({@link Confusion}) and the
 * Pearson correlation of its scores with the gold polarity (-1, 0, 1: the sets here rate texts by
 * label, not on a continuous scale).
 */
public final class SetScores {
    private final Confusion confusion = new Confusion();
    private double[] gold = new double[64];
    private double[] predicted = new double[64];
    private int n;

    public void add(LabelledText text, Label label, double score) {
        confusion.add(text.label(), label);
        if (n == gold.length) {
            gold = Arrays.copyOf(gold, n * 2);
            predicted = Arrays.copyOf(predicted, n * 2);
        }
        gold[n] = text.polarity();
        predicted[n++] = score;
    }

    public Confusion confusion() {
        return confusion;
    }

    public long count() {
        return n;
    }

    /** NaN when fewer than two texts or when either side does not vary. */
    public double pearson() {
        if (n < 2) {
            return Double.NaN;
        }
        double r = new PearsonsCorrelation().correlation(Arrays.copyOf(gold, n), Arrays.copyOf(predicted, n));
        return r;
    }
}

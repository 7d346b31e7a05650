package io.talentwatch.sentiment.model;

import io.talentwatch.model.Sentiment.Label;
import java.util.List;

/**
 * A logistic regression over hashed features and a few dense ones (lexicon scores), one weight
 * vector per class, as LIBLINEAR trains it one class against the rest: each class's probability is
 * the logistic of its margin, normalized over the classes. Immutable; weights are read, never written.
 */
public final class LinearModel {
    private final List<Label> classes;
    private final int bits;
    private final int dense;
    /** Per class, the bias followed by the dense weights: [class][1 + dense]. */
    private final float[][] head;
    /** The hashed weights, class-interleaved: [id * classes + class]. */
    private final float[] hashed;

    public LinearModel(List<Label> classes, int bits, int dense, float[][] head, float[] hashed) {
        if (classes.size() < 2 || head.length != classes.size() || hashed.length != (classes.size() << bits)) {
            throw new IllegalArgumentException("weights do not fit " + classes.size() + " classes of 2^" + bits + " ids");
        }
        for (float[] row : head) {
            if (row.length != 1 + dense) {
                throw new IllegalArgumentException("each class needs a bias and " + dense + " dense weights");
            }
        }
        this.classes = List.copyOf(classes);
        this.bits = bits;
        this.dense = dense;
        this.head = head;
        this.hashed = hashed;
    }

    public List<Label> classes() {
        return classes;
    }

    public int bits() {
        return bits;
    }

    public int dense() {
        return dense;
    }

    public float head(int c, int j) {
        return head[c][j];
    }

    public float hashed(int id, int c) {
        return hashed[id * classes.size() + c];
    }

    /** Adds sentence {@code s}'s raw dot products (before the length normalization) to {@code sums}. */
    public void add(FeatureBag bag, int s, double[] sums) {
        int k = classes.size();
        for (int i = bag.start(s), end = bag.end(s); i < end; i++) {
            int at = bag.id(i) * k;
            for (int c = 0; c < k; c++) {
                sums[c] += hashed[at + c];
            }
        }
    }

    /**
     * Class probabilities, in the order of {@link #classes}, for hashed dot products {@code sums} over
     * {@code count} feature occurrences (see {@link FeatureBag}) and the dense features.
     */
    public double[] probabilities(double[] sums, int count, double[] denseValues) {
        if (denseValues.length != dense) {
            throw new IllegalArgumentException("expected " + dense + " dense features, got " + denseValues.length);
        }
        int k = classes.size();
        double unit = count == 0 ? 0 : 1 / Math.sqrt(count);
        double[] p = new double[k];
        double total = 0;
        for (int c = 0; c < k; c++) {
            double margin = head[c][0] + sums[c] * unit;
            for (int j = 0; j < dense; j++) {
                margin += head[c][1 + j] * denseValues[j];
            }
            p[c] = 1 / (1 + Math.exp(-margin));
            total += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= total;
        }
        return p;
    }
}

package io.talentwatch.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.talentwatch.model.Sentiment.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {
    @Test
    void probabilitiesAreTheNormalizedLogisticsOfEachClassMargin() {
        // 2^2 ids, one dense feature; id 1 votes positive, id 2 negative.
        float[] hashed = new float[3 << 2];
        hashed[1 * 3 + 2] = 2f;
        hashed[2 * 3 + 0] = 2f;
        float[][] head = {{-1f, 0f}, {0f, 0f}, {-1f, 1f}};
        LinearModel model = new LinearModel(List.of(Label.NEGATIVE, Label.NEUTRAL, Label.POSITIVE), 2, 1, head, hashed);
        FeatureBag bag = new FeatureBag();
        bag.add(1);
        bag.add(1);
        bag.add(3);
        bag.add(2);
        bag.endSentence();

        double[] sums = new double[3];
        model.add(bag, 0, sums);
        assertThat(sums).containsExactly(2.0, 0.0, 4.0);
        double[] p = model.probabilities(sums, bag.count(0), new double[] {0.5});

        double negative = logistic(-1 + 2 / 2.0);
        double neutral = logistic(0);
        double positive = logistic(-1 + 4 / 2.0 + 0.5);
        double total = negative + neutral + positive;
        assertThat(p[0]).isCloseTo(negative / total, within(1e-12));
        assertThat(p[1]).isCloseTo(neutral / total, within(1e-12));
        assertThat(p[2]).isCloseTo(positive / total, within(1e-12));
    }

    @Test
    void theVectorOfABagIsCountsOverTheRootOfTheTotal() {
        FeatureBag bag = new FeatureBag();
        bag.add(5);
        bag.add(2);
        bag.endSentence();
        bag.add(5);
        bag.add(9);
        bag.endSentence();

        SparseVector vector = bag.vector();
        assertThat(vector.index()).containsExactly(2, 5, 9);
        assertThat(vector.value()[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(vector.value()[1]).isCloseTo(1.0f, within(1e-6f));
        assertThat(bag.count(0)).isEqualTo(2);
        assertThat(bag.count(1)).isEqualTo(2);
    }

    private static double logistic(double margin) {
        return 1 / (1 + Math.exp(-margin));
    }
}

package io.talentwatch.sentiment.eval;

import static io.talentwatch.model.Sentiment.Label.NEGATIVE;
import static io.talentwatch.model.Sentiment.Label.NEUTRAL;
import static io.talentwatch.model.Sentiment.Label.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionTest {
    @Test
    void figuresOfAThreeWaySet() {
        Confusion c = new Confusion();
        // gold negative: 3 right, 1 read neutral; gold neutral: 2 right, 1 read positive; gold positive: 2 right, 1 read negative
        for (int i = 0; i < 3; i++) {
            c.add(NEGATIVE, NEGATIVE);
        }
        c.add(NEGATIVE, NEUTRAL);
        c.add(NEUTRAL, NEUTRAL);
        c.add(NEUTRAL, NEUTRAL);
        c.add(NEUTRAL, POSITIVE);
        c.add(POSITIVE, POSITIVE);
        c.add(POSITIVE, POSITIVE);
        c.add(POSITIVE, NEGATIVE);

        assertThat(c.accuracy()).isCloseTo(7 / 10.0, within(1e-12));
        assertThat(c.precision(NEGATIVE)).isCloseTo(3 / 4.0, within(1e-12));
        assertThat(c.recall(NEGATIVE)).isCloseTo(3 / 4.0, within(1e-12));
        assertThat(c.f1(NEUTRAL)).isCloseTo(2 * (2 / 3.0) * (2 / 3.0) / (4 / 3.0), within(1e-12));
        double f1Negative = 0.75;
        double f1Neutral = 2 / 3.0;
        double f1Positive = 2 * (2 / 3.0) * (2 / 3.0) / (4 / 3.0);
        assertThat(c.macroF1()).isCloseTo((f1Negative + f1Neutral + f1Positive) / 3, within(1e-12));
        assertThat(c.weightedF1()).isCloseTo((4 * f1Negative + 3 * f1Neutral + 3 * f1Positive) / 10, within(1e-12));
        assertThat(c.coverage()).isCloseTo(7 / 10.0, within(1e-12));
        assertThat(c.binaryAccuracy()).isCloseTo(5 / 7.0, within(1e-12));
    }

    @Test
    void onABinarySetANeutralVerdictIsWrongAndNeutralCountsNowhereInTheMeans() {
        Confusion c = new Confusion();
        c.add(POSITIVE, POSITIVE);
        c.add(POSITIVE, NEUTRAL);
        c.add(NEGATIVE, NEGATIVE);
        c.add(NEGATIVE, NEGATIVE);

        assertThat(c.accuracy()).isCloseTo(0.75, within(1e-12));
        assertThat(c.binaryAccuracy()).isCloseTo(0.75, within(1e-12));
        double f1Positive = 2 * 1.0 * 0.5 / 1.5;
        assertThat(c.macroF1()).isCloseTo((f1Positive + 1.0) / 2, within(1e-12));
    }
}

package io.talentwatch.job.stages;

import io.talentwatch.detect.KeyState;
import io.talentwatch.model.SeriesKey;
import io.talentwatch.model.Explanation;
import java.io.Serializable;

/**
 * What the spike stage keeps per series: which series it is, the detector's state, the series' usual sentiment (an
 * exponentially weighted mean over its windows), and, while a spike is open, the explanation and
 * sentiment of its peak window, which every later update of the spike repeats.
 */
public record SeriesMemory(SeriesKey series, KeyState detector, double sentimentBaseline, boolean sentimentKnown,
        Explanation peakExplanation, double peakSentiment, double baselineAtPeak) implements Serializable {

    /** Weight of a new window in the sentiment baseline: about a day of 15-minute windows. */
    static final double SENTIMENT_WEIGHT = 2.0 / (96 + 1);

    static SeriesMemory start(SeriesKey series, KeyState detector) {
        return new SeriesMemory(series, detector, 0, false, null, 0, 0);
    }

    SeriesMemory withDetector(KeyState next) {
        return new SeriesMemory(series, next, sentimentBaseline, sentimentKnown, peakExplanation, peakSentiment, baselineAtPeak);
    }

    SeriesMemory withPeak(Explanation explanation, double sentiment) {
        return new SeriesMemory(series, detector, sentimentBaseline, sentimentKnown, explanation, sentiment, sentimentBaseline);
    }

    SeriesMemory withSentiment(double windowMean) {
        double next = sentimentKnown ? sentimentBaseline + SENTIMENT_WEIGHT * (windowMean - sentimentBaseline) : windowMean;
        return new SeriesMemory(series, detector, next, true, peakExplanation, peakSentiment, baselineAtPeak);
    }
}

package io.talentwatch.model;

import io.talentwatch.detect.Episode;
import java.io.Serializable;

/**
 * One spike of one series as an alert shows it, at one point of its life: the detector's episode
 * (when it opened, its peak and latest window, the phase) and the explanation of its peak window,
 * with the series' sentiment then against its usual sentiment. Every update of a spike keeps the
 * same {@link #id()}, so the spikes index holds one document per spike, updated in place.
 */
public record Spike(
        SeriesKey series,
        Episode episode,
        long windowMillis,
        Explanation explanation,
        double sentimentNow,
        double sentimentBaseline) implements Serializable {

    public String id() {
        return series.id() + "@" + episode.openedAt();
    }
}

package io.talentwatch.plot;

import java.util.List;

/**
 * Everything a picture of one series shows, with no charting types in it: the title (the series'
 * name), a subtitle saying how to read it, the count axis' label with its unit, the steps in time
 * order and the flagged spans.
 */
public record SeriesPoints(String title, String subtitle, String countAxis, List<PlotStep> steps, List<PlotSpan> flagged) {
    public SeriesPoints {
        steps = List.copyOf(steps);
        flagged = List.copyOf(flagged);
    }
}

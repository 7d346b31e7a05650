package io.talentwatch.plot;

import io.talentwatch.detect.JudgedStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The detector's judged steps as a picture's steps, and its flagged steps as shaded spans. */
public final class PlotSteps {
    private PlotSteps() {}

    public static List<PlotStep> of(List<JudgedStep> steps, Duration step) {
        List<PlotStep> points = new ArrayList<>(steps.size());
        for (JudgedStep s : steps) {
            Instant end = Instant.ofEpochMilli(s.judgement().stepEnd());
            points.add(new PlotStep(end.minus(step), end, s.judgement().count(), s.judgement().expected(), s.significantFrom()));
        }
        return points;
    }

    /** Each run of flagged steps in a row, as one span. */
    public static List<PlotSpan> flaggedRuns(List<JudgedStep> steps, Duration step) {
        List<PlotSpan> spans = new ArrayList<>();
        Instant from = null;
        Instant to = null;
        for (JudgedStep s : steps) {
            Instant end = Instant.ofEpochMilli(s.judgement().stepEnd());
            boolean flagged = s.judgement().flagged();
            if (flagged && to != null && to.equals(end.minus(step))) {
                to = end;
            } else if (flagged) {
                if (from != null) {
                    spans.add(new PlotSpan(from, to));
                }
                from = end.minus(step);
                to = end;
            }
        }
        if (from != null) {
            spans.add(new PlotSpan(from, to));
        }
        return spans;
    }
}

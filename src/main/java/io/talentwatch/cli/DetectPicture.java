package io.talentwatch.cli;

import io.talentwatch.definition.SpikeSettings;
import io.talentwatch.detect.DetectCsv;
import io.talentwatch.plot.PlotSteps;
import io.talentwatch.plot.SeriesPoints;
import io.talentwatch.plot.Words;

/** What {@code detect --plot} draws: the file's series, its band under the default settings, the steps the detector flags. */
final class DetectPicture {
    private DetectPicture() {}

    static SeriesPoints of(String input, DetectCsv.Judged judged, SpikeSettings settings) {
        String step = Words.duration(judged.step());
        String title = "-".equals(input) ? "standard input" : java.nio.file.Path.of(input).getFileName().toString();
        String subtitle = judged.steps().size() + " steps of " + step + ". Band: counts the detector's test calls ordinary (p \u2265 "
                + Words.significance(settings.significance()) + " under its baseline); shaded: the steps it flags.";
        return new SeriesPoints(title, subtitle, "count per " + step + " step", PlotSteps.of(judged.steps(), judged.step()),
                PlotSteps.flaggedRuns(judged.steps(), judged.step()));
    }
}

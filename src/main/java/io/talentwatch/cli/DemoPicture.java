package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.detect.JudgedStep;
import io.talentwatch.detect.SeriesReplay;
import io.talentwatch.detect.SpikeDetector;
import io.talentwatch.detect.StepCount;
import io.talentwatch.plot.PlotSpan;
import io.talentwatch.plot.PlotSteps;
import io.talentwatch.plot.SeriesPoints;
import io.talentwatch.plot.Words;
import java.time.Duration;
import java.util.List;

/**
 * What {@code demo --plot} draws for one series: its windows as the job indexed them, the expected
 * count and band from the job's own detector run again over them as the spike stage ran it (the
 * band is not indexed), and shaded what the job flagged, from the spikes index.
 */
final class DemoPicture {
    private DemoPicture() {}

    static SeriesPoints of(String series, List<StepCount> windows, List<IndexedSpike> spikes, JobDefinition job) {
        Duration slide = job.windows().slide();
        long until = spikes.stream().mapToLong(s -> s.updatedAt().toEpochMilli()).max().orElse(Long.MIN_VALUE);
        List<JudgedStep> steps = new SeriesReplay(new SpikeDetector(job.spikes(), slide)).judge(windows, until);
        List<PlotSpan> flagged = spikes.stream().map(s -> s.flaggedSpan(slide, job.spikes().closeAfterWindows())).toList();
        String size = Words.duration(job.windows().size());
        String subtitle = "Bars: mentions in the " + size + " window ending at each bar, every " + Words.duration(slide)
                + ". Line and band (p \u2265 " + Words.significance(job.spikes().significance())
                + "): the job's detector over these windows. Shaded: the job's spikes.";
        return new SeriesPoints(series, subtitle, "mentions per " + size + " window", PlotSteps.of(steps, slide), flagged);
    }
}

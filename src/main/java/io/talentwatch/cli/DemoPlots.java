package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.detect.StepCount;
import io.talentwatch.plot.PlotSize;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code demo --plot DIR}: one PNG per series with a spike in the spikes index, one line printed per file. */
final class DemoPlots {
    private final IndexedSeries indexed;
    private final JobDefinition job;

    DemoPlots(IndexedSeries indexed, JobDefinition job) {
        this.indexed = indexed;
        this.job = job;
    }

    List<Path> write(Path dir, PlotSize size, PrintStream out) {
        Map<String, List<IndexedSpike>> bySeries = indexed.spikes().stream()
                .collect(Collectors.groupingBy(IndexedSpike::series, LinkedHashMap::new, Collectors.toList()));
        out.println();
        out.println("Pictures of the " + bySeries.size() + " series with a spike:");
        Set<String> taken = new HashSet<>();
        List<Path> written = new ArrayList<>();
        bySeries.forEach((series, spikes) -> {
            List<StepCount> windows = indexed.windows(series);
            Path file = dir.resolve(fileName(series, taken));
            PlotOutput.write("--plot", DemoPicture.of(series, windows, spikes, job), size, file);
            out.printf("  %s  (%s: %d windows, %d spike%s)%n", file, series, windows.size(), spikes.size(),
                    spikes.size() == 1 ? "" : "s");
            written.add(file);
        });
        return written;
    }

    /** e.g. {@code company-meta.png}, {@code flow-meta-from-openai.png}; a name already taken gets a number. */
    static String fileName(String series, Set<String> taken) {
        String base = series.replace("<-", "-from-").replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
        String name = base.isEmpty() ? "series" : base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n;
        }
        return name + ".png";
    }
}

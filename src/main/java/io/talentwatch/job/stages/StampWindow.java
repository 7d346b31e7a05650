package io.talentwatch.job.stages;

import io.talentwatch.model.SeriesKey;
import io.talentwatch.model.WindowStat;
import io.talentwatch.window.SeriesTally;
import java.time.Instant;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Stage 5, final part: a window's tally with its series, bounds and explanation. */
public final class StampWindow extends ProcessWindowFunction<SeriesTally, WindowStat, String, TimeWindow> {
    @Override
    public void process(String seriesId, Context context, Iterable<SeriesTally> tallies, Collector<WindowStat> out) {
        SeriesTally t = tallies.iterator().next();
        SeriesKey series = t.series;
        TimeWindow w = context.window();
        out.collect(new WindowStat(series, Instant.ofEpochMilli(w.getStart()), Instant.ofEpochMilli(w.getEnd()),
                t.mentions, t.onTopic, t.meanSentiment(), t.explanation(series.company(), series.source())));
    }
}

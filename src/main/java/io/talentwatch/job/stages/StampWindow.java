package io.talentwatch.job.stages;

import io.talentwatch.model.WindowStat;
import java.time.Instant;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Stage 5, final part: a window's tally with its company and bounds. */
public final class StampWindow extends ProcessWindowFunction<CountMentions.Tally, WindowStat, String, TimeWindow> {
    @Override
    public void process(String company, Context context, Iterable<CountMentions.Tally> tallies, Collector<WindowStat> out) {
        CountMentions.Tally t = tallies.iterator().next();
        TimeWindow w = context.window();
        out.collect(new WindowStat(company, Instant.ofEpochMilli(w.getStart()), Instant.ofEpochMilli(w.getEnd()),
                t.mentions(), t.onTopic(), t.mentions() == 0 ? 0 : t.sentimentSum() / t.mentions()));
    }
}

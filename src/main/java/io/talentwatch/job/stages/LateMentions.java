package io.talentwatch.job.stages;

import io.talentwatch.model.SeriesMention;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.OutputTag;
import org.apache.flink.util.Collector;

/**
 * Mentions that reached their windows after the watermark and the allowed lateness had closed
 * them: counted (metric {@code lateMentions}), not silently dropped. The mention itself is still
 * indexed; only the window counts miss it.
 */
public final class LateMentions extends ProcessFunction<SeriesMention, SeriesMention> {
    public static final OutputTag<SeriesMention> TAG = new OutputTag<>("late-mentions") {};

    private transient Counter late;

    @Override
    public void open(OpenContext context) {
        late = StageMetrics.countedAndMetered(getRuntimeContext(), "lateMentions");
    }

    @Override
    public void processElement(SeriesMention mention, Context context, Collector<SeriesMention> out) {
        late.inc();
        out.collect(mention);
    }
}

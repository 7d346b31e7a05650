package io.talentwatch.job.stages;

import io.talentwatch.model.SeriesMention;
import io.talentwatch.window.SeriesTally;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Stage 5, incremental part: a window's tally grows mention by mention; no window keeps its mentions. */
public final class TallySeries implements AggregateFunction<SeriesMention, SeriesTally, SeriesTally> {
    @Override
    public SeriesTally createAccumulator() {
        return new SeriesTally();
    }

    @Override
    public SeriesTally add(SeriesMention mention, SeriesTally tally) {
        return tally.add(mention);
    }

    @Override
    public SeriesTally getResult(SeriesTally tally) {
        return tally;
    }

    @Override
    public SeriesTally merge(SeriesTally a, SeriesTally b) {
        return a.merge(b);
    }
}

package io.talentwatch.job.stages;

import io.talentwatch.model.CompanyMention;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Stage 5, incremental part: counts and sentiment sum per window, so window state is three numbers per key. */
public final class CountMentions implements AggregateFunction<CompanyMention, CountMentions.Tally, CountMentions.Tally> {

    /** Running totals of one window. */
    public record Tally(long mentions, long onTopic, double sentimentSum) {}

    @Override
    public Tally createAccumulator() {
        return new Tally(0, 0, 0);
    }

    @Override
    public Tally add(CompanyMention m, Tally t) {
        return new Tally(t.mentions() + 1, t.onTopic() + (m.onTopic() ? 1 : 0), t.sentimentSum() + m.sentiment());
    }

    @Override
    public Tally getResult(Tally t) {
        return t;
    }

    @Override
    public Tally merge(Tally a, Tally b) {
        return new Tally(a.mentions() + b.mentions(), a.onTopic() + b.onTopic(), a.sentimentSum() + b.sentimentSum());
    }
}

package io.talentwatch.job.stages;

import io.talentwatch.model.CompanyMention;
import io.talentwatch.model.Mention;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** One mention naming three companies counts once for each of them. */
public final class PerCompany implements FlatMapFunction<Mention, CompanyMention> {
    private final double onTopicScore;

    public PerCompany(double onTopicScore) {
        this.onTopicScore = onTopicScore;
    }

    @Override
    public void flatMap(Mention mention, Collector<CompanyMention> out) {
        long published = mention.document().published().toEpochMilli();
        for (String company : mention.companies()) {
            out.collect(new CompanyMention(company, mention.document().id(), published,
                    mention.onTopic(onTopicScore), mention.sentimentAbout(company).score()));
        }
    }
}

package io.talentwatch.job.stages;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.model.Mention;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Stage 6: the mention's sentiment in [-1, 1]. */
public final class SentimentStage extends RichMapFunction<Mention, Mention> {
    private final JobDefinition job;
    private transient Enricher enricher;

    public SentimentStage(JobDefinition job) {
        this.job = job;
    }

    @Override
    public void open(OpenContext context) {
        enricher = new Enricher(job);
    }

    @Override
    public Mention map(Mention mention) {
        return enricher.scoreSentiment(mention);
    }
}

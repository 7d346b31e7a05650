package io.talentwatch.job.stages;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/**
 * Stage 4: language, watch list, talent flows and sentiment in one pass over the text (see
 * {@link Enricher#enrich}); only documents naming a watched company go on, as mentions.
 */
public final class EnrichStage extends RichFlatMapFunction<Document, Mention> {
    private final JobDefinition job;
    private transient Enricher enricher;
    private transient Counter matched;

    public EnrichStage(JobDefinition job) {
        this.job = job;
    }

    @Override
    public void open(OpenContext context) {
        enricher = new Enricher(job);
        matched = StageMetrics.countedAndMetered(getRuntimeContext(), "mentionsMatched");
    }

    @Override
    public void flatMap(Document document, Collector<Mention> out) {
        enricher.enrich(document).ifPresent(mention -> {
            matched.inc();
            out.collect(mention);
        });
    }
}

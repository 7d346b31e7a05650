package io.talentwatch.job.stages;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/** Stage 5: watch-list matching; only documents naming a watched company go on, as mentions. */
public final class WatchStage extends RichFlatMapFunction<Document, Mention> {
    private final JobDefinition job;
    private transient Enricher enricher;
    private transient Counter matched;

    public WatchStage(JobDefinition job) {
        this.job = job;
    }

    @Override
    public void open(OpenContext context) {
        enricher = new Enricher(job);
        matched = getRuntimeContext().getMetricGroup().counter("mentionsMatched");
    }

    @Override
    public void flatMap(Document document, Collector<Mention> out) {
        enricher.match(document).ifPresent(mention -> {
            matched.inc();
            out.collect(mention);
        });
    }
}

package io.talentwatch.job.stages;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.model.Document;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Stage 4: the document's language (en, ar or other), replacing the source's hint. */
public final class LanguageStage extends RichMapFunction<Document, Document> {
    private final JobDefinition job;
    private transient Enricher enricher;

    public LanguageStage(JobDefinition job) {
        this.job = job;
    }

    @Override
    public void open(OpenContext context) {
        enricher = new Enricher(job);
    }

    @Override
    public Document map(Document document) {
        return enricher.detectLanguage(document);
    }
}

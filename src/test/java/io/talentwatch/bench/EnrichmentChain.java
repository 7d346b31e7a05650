package io.talentwatch.bench;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import io.talentwatch.model.SourceKind;
import io.talentwatch.sink.Json;
import io.talentwatch.sink.SinkDocuments;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What the job does to one feed item, as plain calls: the unit the benchmark measures. When the
 * job's per-item path changes (a new Enricher step, another sink field), {@link #process} is the
 * one place to follow it.
 */
public final class EnrichmentChain {
    private final Enricher enricher;
    private final String jobName;
    private final double onTopicScore;

    public EnrichmentChain(JobDefinition job) {
        this.enricher = new Enricher(job);
        this.jobName = job.name();
        this.onTopicScore = job.topic().minScore();
    }

    public static EnrichmentChain of(Path jobFile) {
        return new EnrichmentChain(JobDefinitionLoader.load(jobFile));
    }

    /**
     * Parse, normalize, enrich (language, watch list, talent flows, sentiment; what the job's enrich
     * stage calls), and the mention as the JSON bytes
     * the Elasticsearch sink indexes; null when the item names no watched company (the job drops it
     * there). An item the job would dead-letter throws.
     */
    public byte[] process(byte[] raw) throws MalformedItem {
        FeedItem item = FeedItemParser.parse(raw);
        Document document = DocumentNormalizer.normalize(item, SourceKind.NEWS, Instant.now());
        Optional<Mention> mention = enricher.enrich(document);
        return mention.isPresent() ? Json.bytes(SinkDocuments.mention(mention.get(), jobName, onTopicScore)) : null;
    }

    /** The baseline: the same parse, and the item written back as the feed topics' JSON. */
    public static byte[] passThrough(byte[] raw) throws MalformedItem {
        return FeedItemJson.write(FeedItemParser.parse(raw));
    }

    /** The enricher itself, for the corpus summary (language and topic shares), not for timing. */
    Enricher enricher() {
        return enricher;
    }
}

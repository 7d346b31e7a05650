package io.talentwatch.job.stages;

import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.model.Document;
import io.talentwatch.model.SourceKind;
import java.time.Instant;
import org.apache.flink.api.common.functions.MapFunction;

/** Stage 3: a feed item as a document with its stable id and clean text. */
public final class NormalizeStage implements MapFunction<FeedItem, Document> {
    @Override
    public Document map(FeedItem item) {
        return DocumentNormalizer.normalize(item, SourceKind.NEWS, Instant.now());
    }
}

package io.talentwatch.replay;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ids of the mentions the job will index from a feed file, worked out with the job's own parse
 * and enrichment code, without Flink, Kafka or Elasticsearch: how the demo and the tests know when
 * the job is done and whether it did it right.
 */
public final class MentionIds {
    private MentionIds() {}

    public static Set<String> of(Path feed, JobDefinition job) throws IOException {
        Enricher enricher = new Enricher(job);
        Set<String> ids = new TreeSet<>();
        try (FeedLines lines = new FeedLines(feed)) {
            byte[] line;
            while ((line = lines.next()) != null) {
                try {
                    var document = DocumentNormalizer.normalize(FeedItemParser.parse(line), SourceKind.NEWS, Instant.EPOCH);
                    enricher.enrich(document).ifPresent(m -> ids.add(m.document().id()));
                } catch (MalformedItem e) {
                    // Replay rejects it; the job never sees it.
                }
            }
        }
        return ids;
    }
}

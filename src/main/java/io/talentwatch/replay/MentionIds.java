package io.talentwatch.replay;

import io.talentwatch.definition.DedupSettings;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.feed.DedupKeys;
import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;
import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import io.talentwatch.model.SourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The ids of the mentions the job will index from a feed file, worked out with the job's own parse
 * and enrichment code, without Flink, Kafka or Elasticsearch: how the demo and the tests know when
 * the job is done and whether it did it right. Deduplication is followed as the job does it on an
 * in-order feed: an id's later versions replace the first, and of copies (same URL, then same
 * source and title) the earliest within the bound is kept.
 */
public final class MentionIds {
    private MentionIds() {}

    public static Set<String> of(Path feed, JobDefinition job) throws IOException {
        DedupSettings dedup = job.dedup();
        Set<String> ids = new TreeSet<>();
        earliestPerKey(earliestPerKey(versions(feed, job), DedupKeys::url, dedup.sameUrl()), DedupKeys::title, dedup.sameTitle())
                .forEach(m -> ids.add(m.document().id()));
        return ids;
    }

    /** Every mention of the file in its order, except those after their own withdrawal. */
    private static List<Mention> versions(Path feed, JobDefinition job) throws IOException {
        Enricher enricher = new Enricher(job);
        Set<String> withdrawn = new HashSet<>();
        List<Mention> versions = new ArrayList<>();
        try (FeedLines lines = new FeedLines(feed)) {
            byte[] line;
            while ((line = lines.next()) != null) {
                FeedEvent event;
                try {
                    event = FeedItemParser.parseEvent(line);
                } catch (MalformedItem e) {
                    continue; // replay rejects it; the job never sees it
                }
                if (event instanceof Retraction retraction) {
                    withdrawn.add(DocumentIds.of(retraction)); // what comes after it is dropped; what came before stays, marked
                    continue;
                }
                Document document = DocumentNormalizer.normalize((FeedItem) event, SourceKind.NEWS, Instant.EPOCH);
                enricher.enrich(document).filter(m -> !withdrawn.contains(m.document().id())).ifPresent(versions::add);
            }
        }
        return versions;
    }

    /** What one deduplication stage lets through, in the order the watermark releases it: the item's time, then its id. */
    private static List<Mention> earliestPerKey(List<Mention> mentions, Function<Document, String> key, Duration bound) {
        Map<String, Mention> first = new HashMap<>();
        List<Mention> kept = new ArrayList<>();
        mentions.stream().sorted(Comparator.comparing((Mention m) -> m.document().published()).thenComparing(m -> m.document().id()))
                .forEach(m -> {
                    String k = key.apply(m.document());
                    Mention seen = first.get(k);
                    boolean copy = !DedupKeys.isUnique(k) && seen != null && !seen.document().id().equals(m.document().id())
                            && Duration.between(seen.document().published(), m.document().published()).abs().compareTo(bound) <= 0;
                    if (!copy) {
                        if (seen == null || !seen.document().id().equals(m.document().id())) {
                            first.put(k, m);
                        }
                        kept.add(m);
                    }
                });
        return kept;
    }
}

package io.talentwatch.testing;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** The ids of the mentions a feed file must yield, worked out without Flink, Kafka or Elasticsearch. */
public final class SampleMentions {
    public static final Path SAMPLE = Path.of("src/main/resources/samples/talent-poaching-sample.jsonl");

    private SampleMentions() {}

    public static Set<String> expectedIds(Path feed, JobDefinition job) {
        Enricher enricher = new Enricher(job);
        Set<String> ids = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(feed, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    var doc = DocumentNormalizer.normalize(FeedItemParser.parse(line.getBytes(StandardCharsets.UTF_8)),
                            SourceKind.NEWS, Instant.EPOCH);
                    enricher.enrich(doc).ifPresent(m -> ids.add(m.document().id()));
                } catch (MalformedItem e) {
                    // counted by the tests that care
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}

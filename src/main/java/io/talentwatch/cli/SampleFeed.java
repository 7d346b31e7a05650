package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The sample feed bundled for the demo, and how many mentions the job must index from it. */
final class SampleFeed {
    static final String RESOURCE = "/samples/talent-poaching-sample.jsonl";

    private SampleFeed() {}

    /** Copies the bundled sample to a file replay can read. */
    static Path extract(Path dir) throws IOException {
        Path file = dir.resolve("talent-poaching-sample.jsonl");
        try (InputStream in = SampleFeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample feed " + RESOURCE + " is missing from the build");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Distinct mention ids the job should produce, computed with the job's own parse and enrichment code. */
    static long expectedMentions(Path file, JobDefinition job) throws IOException {
        Enricher enricher = new Enricher(job);
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                var document = DocumentNormalizer.normalize(
                        FeedItemParser.parse(line.getBytes(StandardCharsets.UTF_8)), SourceKind.NEWS, Instant.EPOCH);
                enricher.enrich(document).ifPresent(m -> ids.add(m.document().id()));
            } catch (MalformedItem e) {
                // The sample has none; replay would report it.
            }
        }
        return ids.size();
    }
}

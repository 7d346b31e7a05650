package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.replay.MentionIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    /** Distinct mentions the job should index from it. */
    static long expectedMentions(Path file, JobDefinition job) throws IOException {
        return MentionIds.of(file, job).size();
    }
}

package io.talentwatch.testing;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.replay.MentionIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** The bundled sample feed, and the ids of the mentions the job must index from it. */
public final class SampleMentions {
    public static final Path SAMPLE = Path.of("src/main/resources/samples/talent-poaching-sample.jsonl");

    private SampleMentions() {}

    public static Set<String> expectedIds(Path feed, JobDefinition job) {
        try {
            return MentionIds.of(feed, job);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

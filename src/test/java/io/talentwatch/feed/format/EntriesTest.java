package io.talentwatch.feed.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.feed.Retraction;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntriesTest {

    @Test
    void aLibraryFailureOnOneEntryRejectsThatEntryOnly() {
        Entries entries = new Entries();
        Retraction good = new Retraction("s", "1", Instant.EPOCH);
        entries.add("odd", "raw odd", entry -> {
            throw new IllegalStateException("library surprise");
        });
        entries.add("good", "raw good", entry -> good);

        Parsed parsed = entries.parsed();
        assertThat(parsed.events()).containsExactly(good);
        assertThat(parsed.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.problem().reason()).isEqualTo("unreadable entry");
            assertThat(rejected.problem().getMessage()).contains("IllegalStateException: library surprise");
            assertThat(rejected.raw()).isEqualTo("raw odd");
        });
    }
}

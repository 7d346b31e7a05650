package io.talentwatch.job.stages;

import static io.talentwatch.job.stages.DedupMentions.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.Retraction;
import io.talentwatch.job.JdkCollections;
import io.talentwatch.model.Mention;
import io.talentwatch.model.SourceKind;
import io.talentwatch.model.Withdrawal;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Edits, re-deliveries and deletes of one item, on Flink's operator harness. */
class RevisionsTest {
    private static final String SOURCE = "mastodon.social";

    private static KeyedTwoInputStreamOperatorTestHarness<String, Mention, Retraction, Mention> harness() throws Exception {
        var harness = new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(new Revisions(Duration.ofDays(7), Duration.ofMinutes(11))),
                (Mention m) -> m.document().id(), Revisions::key, Types.STRING);
        JdkCollections.register(harness.getExecutionConfig());
        harness.open();
        return harness;
    }

    /** A status as the job would see it: its document id is the one a delete of that status names. */
    private static Mention status(String statusId, String text, String published) {
        String id = DocumentIds.of(new FeedItem(statusId, SourceKind.SOCIAL, SOURCE, null, null, null, text, null, Instant.parse(published)));
        return mention(id, SOURCE, null, null, text, published);
    }

    @Test
    void anEditReplacesTheDocumentWithoutCountingAgain() throws Exception {
        try (var h = harness()) {
            Mention first = status("1101", "Meta hires", "2025-06-28T10:00:00Z");
            Mention edit = status("1101", "Meta hires (edited)", "2025-06-28T10:00:00Z");
            h.processElement1(first, 1);
            h.processElement1(edit, 2);

            assertThat(h.extractOutputValues()).as("indexed, in order").containsExactly(first, edit);
            assertThat(h.getSideOutput(Revisions.COUNTED)).extracting(r -> r.getValue()).containsExactly(first);
        }
    }

    @Test
    void aDeleteMarksTheDocumentInItsOwnMonthAndDropsWhatComesAfter() throws Exception {
        try (var h = harness()) {
            Mention first = status("1101", "Meta hires", "2025-06-28T10:00:00Z");
            h.processElement1(first, 1);
            Instant deletedAt = Instant.parse("2025-07-01T08:00:00Z");
            h.processElement2(new Retraction(SOURCE, "1101", deletedAt), 2);
            h.processElement2(new Retraction(SOURCE, "1101", deletedAt.plusSeconds(5)), 3); // a re-delivered delete
            h.processElement1(status("1101", "Meta hires (edited)", "2025-06-28T10:00:00Z"), 4);

            assertThat(h.getSideOutput(Revisions.WITHDRAWN)).extracting(r -> r.getValue()).containsExactly(
                    new Withdrawal(first.document().id(), SOURCE, Instant.parse("2025-06-28T10:00:00Z"), deletedAt));
            assertThat(h.extractOutputValues()).as("the edit after the delete is not indexed").containsExactly(first);
            assertThat(h.getSideOutput(Revisions.COUNTED)).extracting(r -> r.getValue()).containsExactly(first);
        }
    }

    @Test
    void aDeleteThatOvertakesItsItemDropsTheItemAndIsForgottenSoonAfter() throws Exception {
        try (var h = harness()) {
            Instant deletedAt = Instant.parse("2025-06-28T10:02:00Z");
            h.processElement2(new Retraction(SOURCE, "1101", deletedAt), 1);
            h.processElement1(status("1101", "Meta hires", "2025-06-28T10:00:00Z"), 2); // released late by deduplication

            assertThat(h.extractOutputValues()).isEmpty();
            assertThat(h.getSideOutput(Revisions.COUNTED)).isNull();
            assertThat(h.getSideOutput(Revisions.WITHDRAWN)).isNull();
            h.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(deletedAt.plus(Duration.ofMinutes(11)).toEpochMilli()));
            assertThat(h.numKeyedStateEntries()).isZero();
        }
    }

    @Test
    void anIdIsForgottenAfterTheBoundOfEventTime() throws Exception {
        try (var h = harness()) {
            h.processElement1(status("1101", "Meta hires", "2025-06-28T10:00:00Z"), 1);
            long watermark = Instant.parse("2025-07-05T10:00:00Z").toEpochMilli();
            h.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(watermark));
            assertThat(h.numKeyedStateEntries()).isZero();
        }
    }
}

package io.talentwatch.job.stages;

import static io.talentwatch.job.stages.DedupMentions.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.feed.DedupKeys;
import io.talentwatch.job.JdkCollections;
import io.talentwatch.model.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Syndication dedup on Flink's operator harness: one per URL or per source and title, within the bound, state forgotten after it. */
class FirstSeenTest {
    private static KeyedOneInputStreamOperatorTestHarness<String, Mention, Mention> harness(
            KeySelector<Mention, String> key, String what, Duration bound) throws Exception {
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new FirstSeen(what, bound, Duration.ofSeconds(30))), key, Types.STRING);
        JdkCollections.register(harness.getExecutionConfig());
        harness.open();
        return harness;
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, Mention, Mention> h, Mention m) throws Exception {
        h.processElement(m, m.document().published().toEpochMilli());
    }

    private static List<String> passed(KeyedOneInputStreamOperatorTestHarness<String, Mention, Mention> h) throws Exception {
        h.processWatermark(Long.MAX_VALUE - 1); // every waiting mention is decided
        return h.extractOutputValues().stream().map(m -> m.document().id()).toList();
    }

    @Test
    void theSameStoryUnderTwoSourcesAndLinksCountsOnce() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7))) {
            send(h, mention("a", "reuters", "https://www.reuters.com/tech/meta-openai/", "Meta hires", "2025-06-28T10:00:00Z"));
            send(h, mention("b", "yahoo", "https://WWW.reuters.com/tech/meta-openai?utm_source=yahoo#top", "Meta hires (Reuters)",
                    "2025-06-28T11:00:00Z"));
            send(h, mention("c", "verge", "https://www.theverge.com/meta-openai", "Meta hires", "2025-06-28T11:00:00Z"));

            assertThat(passed(h)).containsExactly("a", "c");
            assertThat(h.getSideOutput(FirstSeen.COPIES)).extracting(r -> r.getValue().document().id()).containsExactly("b");
        }
    }

    @Test
    void aTitleRepeatsFromTheSameSourceOnlyWithinTheBound() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.title(m.document()), "title", Duration.ofHours(24))) {
            send(h, mention("a", "techcrunch", "https://tc.com/1", "Meta poaches OpenAI's top researchers", "2025-06-28T10:00:00Z"));
            send(h, mention("b", "TechCrunch", "https://tc.com/amp/1", "  Meta poaches OpenAI’s top researchers!", "2025-06-29T09:00:00Z"));
            send(h, mention("c", "verge", "https://verge.com/1", "Meta poaches OpenAI's top researchers", "2025-06-28T12:00:00Z"));
            send(h, mention("d", "techcrunch", "https://tc.com/2", "Meta poaches OpenAI's top researchers", "2025-06-30T11:00:00Z"));

            // b: same source and title 23 h later; c: another source; d: 49 h after the first, outside the bound.
            assertThat(passed(h)).containsExactly("a", "c", "d");
        }
    }

    @Test
    void theFirstIsForgottenWhenTheWatermarkPassesItsBoundSoStateStaysBounded() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7))) {
            send(h, mention("a", "reuters", "https://reuters.com/x", "t", "2025-06-01T00:00:00Z"));
            h.processWatermark(Instant.parse("2025-06-01T00:00:00Z").toEpochMilli());
            assertThat(h.extractOutputValues()).hasSize(1);
            h.processWatermark(Instant.parse("2025-06-08T00:00:01Z").toEpochMilli());
            assertThat(h.numKeyedStateEntries()).isZero();
            assertThat(h.numEventTimeTimers()).isZero();

            send(h, mention("b", "yahoo", "https://reuters.com/x", "t", "2025-06-08T01:00:00Z"));
            assertThat(passed(h)).containsExactly("a", "b");
        }
    }

    @Test
    void aLaterVersionOfTheFirstIsNotACopy() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7))) {
            send(h, mention("a", "reuters", "https://reuters.com/x", "Meta hires", "2025-06-28T10:00:00Z"));
            send(h, mention("a", "reuters", "https://reuters.com/x", "Meta hires (updated)", "2025-06-28T10:00:00Z"));
            send(h, mention("b", "yahoo", "https://reuters.com/x", "Meta hires", "2025-06-28T10:00:00Z"));
            assertThat(passed(h)).containsExactly("a", "a");
        }
    }

    @Test
    void theEarliestWinsWhicheverPartitionIsReadFirst() throws Exception {
        Mention early = mention("early", "yahoo", "https://reuters.com/x", "t", "2025-06-28T10:00:00Z");
        Mention late = mention("later", "reuters", "https://reuters.com/x", "t", "2025-06-28T10:05:00Z");
        for (List<Mention> order : List.of(List.of(early, late), List.of(late, early))) {
            try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7))) {
                for (Mention m : order) {
                    send(h, m);
                }
                assertThat(passed(h)).containsExactly("early");
            }
        }
    }

    @Test
    void aMentionArrivingBehindTheWatermarkIsDecidedAtOnce() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7))) {
            h.processWatermark(Instant.parse("2025-06-29T00:00:00Z").toEpochMilli());
            send(h, mention("a", "reuters", "https://reuters.com/x", "t", "2025-06-28T10:00:00Z"));
            send(h, mention("b", "yahoo", "https://reuters.com/x", "t", "2025-06-28T09:00:00Z"));
            assertThat(h.extractOutputValues()).extracting(m -> m.document().id()).containsExactly("a");
            assertThat(h.getSideOutput(FirstSeen.COPIES)).hasSize(1);
        }
    }

    @Test
    void whenTheWatermarkStopsWaitingMentionsAreDecidedAfterTheFlushDelay() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7))) {
            h.setProcessingTime(1_000);
            send(h, mention("b", "yahoo", "https://reuters.com/x", "t", "2025-06-28T10:05:00Z"));
            send(h, mention("a", "reuters", "https://reuters.com/x", "t", "2025-06-28T10:00:00Z"));
            h.setProcessingTime(20_000);
            assertThat(h.extractOutputValues()).isEmpty();
            h.setProcessingTime(31_000);
            assertThat(h.extractOutputValues()).extracting(m -> m.document().id()).containsExactly("a");
        }
    }

    @Test
    void onALiveFeedTheFlushDelayDecidesWhileTheWatermarkTrailsByTheOutOfOrdernessBound() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7))) {
            h.setProcessingTime(1_000);
            h.processWatermark(Instant.parse("2025-06-28T09:50:00Z").toEpochMilli()); // 10 minutes behind the items
            send(h, mention("later", "yahoo", "https://reuters.com/x", "t", "2025-06-28T10:00:05Z"));
            send(h, mention("early", "reuters", "https://reuters.com/x", "t", "2025-06-28T10:00:00Z"));
            h.processWatermark(Instant.parse("2025-06-28T09:50:30Z").toEpochMilli()); // as fast as the clock
            h.setProcessingTime(20_000);
            assertThat(h.extractOutputValues()).isEmpty();
            h.setProcessingTime(31_000);
            assertThat(h.extractOutputValues()).as("decided 30 s after arrival, not 10 minutes")
                    .extracting(m -> m.document().id()).containsExactly("early");
            assertThat(h.getSideOutput(FirstSeen.COPIES)).extracting(r -> r.getValue().document().id()).containsExactly("later");
        }
    }

    @Test
    void whileAReplayRunsAheadOfTheClockTheWatermarkDecidesNotTheFlushDelay() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7))) {
            h.setProcessingTime(1_000);
            h.processWatermark(Instant.parse("2025-06-28T09:50:00Z").toEpochMilli());
            send(h, mention("later", "yahoo", "https://reuters.com/x", "t", "2025-06-28T10:05:00Z"));
            h.processWatermark(Instant.parse("2025-06-28T09:55:00Z").toEpochMilli()); // 5 minutes of feed in 31 s
            h.setProcessingTime(32_000);
            assertThat(h.extractOutputValues()).as("nothing decided while the replay runs ahead").isEmpty();
            send(h, mention("early", "reuters", "https://reuters.com/x", "t", "2025-06-28T10:00:00Z"));
            h.processWatermark(Instant.parse("2025-06-28T10:10:00Z").toEpochMilli());
            assertThat(h.extractOutputValues()).extracting(m -> m.document().id()).containsExactly("early");
            assertThat(h.getSideOutput(FirstSeen.COPIES)).extracting(r -> r.getValue().document().id()).containsExactly("later");
        }
    }

    @Test
    void anOlderStoryComingLaterThanTheBoundDoesNotMakeTheFirstForgotten() throws Exception {
        try (var h = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(1))) {
            send(h, mention("new", "reuters", "https://reuters.com/x", "t", "2025-06-28T10:00:00Z"));
            h.processWatermark(Instant.parse("2025-06-28T11:00:00Z").toEpochMilli());
            send(h, mention("old", "archive", "https://reuters.com/x", "t", "2025-06-20T10:00:00Z")); // late, 8 days older
            send(h, mention("copy", "yahoo", "https://reuters.com/x", "t", "2025-06-28T12:00:00Z"));
            assertThat(passed(h)).containsExactly("new", "old");
            assertThat(h.getSideOutput(FirstSeen.COPIES)).extracting(r -> r.getValue().document().id()).containsExactly("copy");
        }
    }

    @Test
    void postsWithoutLinkOrTitleAreNeverCopiesAndKeepNoState() throws Exception {
        try (var url = harness((Mention m) -> DedupKeys.url(m.document()), "url", Duration.ofDays(7)); var title = harness((Mention m) -> DedupKeys.title(m.document()), "title", Duration.ofDays(1))) {
            for (var h : List.of(url, title)) {
                send(h, mention("p1", "mastodon.social", null, null, "2025-06-28T10:00:00Z"));
                send(h, mention("p2", "mastodon.social", " ", "", "2025-06-28T10:00:00Z"));
                assertThat(passed(h)).containsExactly("p1", "p2");
                assertThat(h.numKeyedStateEntries()).isZero();
            }
        }
    }

    @Test
    void arabicTitlesFoldDiacriticsTatweelAndPresentationForms() {
        assertThat(DedupKeys.foldTitle("ميتا تستقطب باحثي «أوبن إيه آي»"))
                .isEqualTo(DedupKeys.foldTitle("ميـــتا تَسْتَقْطِب باحثي أوبن إيه آي"));
        assertThat(DedupKeys.foldTitle("Meta — poaches")).isEqualTo("meta poaches");
    }
}

package io.talentwatch.feed.format;

import static io.talentwatch.feed.format.Fixtures.context;
import static io.talentwatch.feed.format.Fixtures.items;
import static io.talentwatch.feed.format.Fixtures.only;
import static io.talentwatch.feed.format.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.Retraction;
import io.talentwatch.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bluesky's shapes, and its two timestamp forms: {@code Z}, and {@code +00:00} with microseconds. */
class BlueskyFormatTest {
    private static final FeedContext BLUESKY = context(null, SourceKind.SOCIAL);

    @Test
    void aBarePostRecordWithAZTime() throws Exception {
        FeedItem post = items(parse("bluesky", "bluesky-record.json", BLUESKY)).get(0);
        assertThat(post.published()).isEqualTo(Instant.parse("2025-06-28T12:00:05.123Z"));
        assertThat(post.text()).isEqualTo("Meta just poached another OpenAI researcher. The talent war is on.");
        assertThat(post.lang()).isEqualTo("en");
        assertThat(post.source()).isEqualTo("bluesky");
        assertThat(post.id()).isNull();
    }

    @Test
    void aFeedWithAnArabicPostInPlusZeroWithMicroseconds() throws Exception {
        List<FeedItem> items = items(parse("bluesky", "bluesky-feed.json", BLUESKY));

        FeedItem arabic = only(items, "at://did:plc:4xq2k7/app.bsky.feed.post/3lsmq7x2abc2x");
        assertThat(arabic.published()).isEqualTo(Instant.parse("2025-06-28T12:10:00.123456Z"));
        assertThat(arabic.lang()).isEqualTo("ar");
        assertThat(arabic.author()).isEqualTo("aiwatcher.bsky.social");
        assertThat(arabic.url()).isEqualTo("https://bsky.app/profile/aiwatcher.bsky.social/post/3lsmq7x2abc2x");
        assertThat(only(items, "at://did:plc:9zz/app.bsky.feed.post/3lsmq8aaaaa2x").published())
                .isEqualTo(Instant.parse("2025-06-28T12:20:00Z"));
        assertThat(items).hasSize(2);
    }

    @Test
    void aThreadWithItsParentAndNestedReplies() throws Exception {
        List<FeedItem> items = items(parse("bluesky", "bluesky-thread.json", BLUESKY));
        assertThat(items).extracting(FeedItem::text).containsExactly("Thread on the AI talent war.", "Which lab is poaching the most?",
                "Meta, clearly.", "Google DeepMind is quietly hiring too.");
        assertThat(items.get(2).published()).isEqualTo(Instant.parse("2025-06-28T13:05:00Z"));
    }

    @Test
    void jetstreamCreatesAndDeletesOfPostsOnly() throws Exception {
        WireFormat bluesky = FeedFormat.BLUESKY.reader(Map.of());
        List<FeedEvent> events = new ArrayList<>();
        for (String line : new String(Fixtures.bytes("bluesky-jetstream.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            events.addAll(bluesky.parse(line.getBytes(StandardCharsets.UTF_8), BLUESKY).events());
        }
        String uri = "at://did:plc:4xq2k7/app.bsky.feed.post/3lsms1abc";
        assertThat(events).hasSize(2);
        FeedItem created = (FeedItem) events.get(0);
        assertThat(created.id()).isEqualTo(uri);
        assertThat(created.published()).isEqualTo(Instant.parse("2025-06-28T12:50:00.123456Z"));
        assertThat(created.url()).isEqualTo("https://bsky.app/profile/did:plc:4xq2k7/post/3lsms1abc");
        assertThat(events.get(1)).isEqualTo(new Retraction("bluesky", uri, Instant.parse("2025-06-28T12:55:00.500Z")));
    }
}

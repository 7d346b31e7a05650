package io.talentwatch.feed.format;

import static io.talentwatch.feed.format.Fixtures.context;
import static io.talentwatch.feed.format.Fixtures.items;
import static io.talentwatch.feed.format.Fixtures.only;
import static io.talentwatch.feed.format.Fixtures.parse;
import static io.talentwatch.feed.format.Fixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.Retraction;
import io.talentwatch.model.SourceKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mastodon (REST and streaming), Reddit and X, from recorded responses in their real shapes. */
class SocialFormatsTest {
    private static final FeedContext MASTODON = context("sigmoid.example", SourceKind.SOCIAL);

    @Test
    void aMastodonTimelineWithABoostAndAStatusWithoutTime() throws Exception {
        Parsed parsed = parse("mastodon", "mastodon-timeline.json", MASTODON);
        List<FeedItem> items = items(parsed);

        FeedItem status = only(items, "114756201928374650");
        assertThat(status.text()).isEqualTo("Meta is offering OpenAI researchers signing bonuses of up to $100M. The #TalentWar is real.");
        assertThat(status.published()).isEqualTo(Instant.parse("2025-06-28T14:02:11Z"));
        assertThat(status.url()).isEqualTo("https://sigmoid.example/@kira/114756201928374650");
        assertThat(status.author()).isEqualTo("kira");
        assertThat(status.lang()).isEqualTo("en");
        assertThat(status.source()).isEqualTo("sigmoid.example");
        assertThat(status.kind()).isEqualTo(SourceKind.SOCIAL);

        FeedItem boosted = only(items, "114756188812345678");
        assertThat(boosted.text()).as("a boost stands for the boosted status").isEqualTo("ميتا تستقطب باحثي أوبن إيه آي");
        assertThat(boosted.author()).isEqualTo("layla@ar.example");
        assertThat(boosted.lang()).as("the poster's wrong language setting is kept as a hint only").isEqualTo("en");

        assertThat(items).hasSize(2);
        assertThat(reasons(parsed)).containsExactly("missing 'created_at'");
    }

    @Test
    void theMastodonStreamUpdatesEditsAndDeletesInOrder() throws Exception {
        Parsed parsed = parse("mastodon-stream", "mastodon-stream.txt", MASTODON);

        assertThat(parsed.events()).hasSize(3);
        FeedItem update = (FeedItem) parsed.events().get(0);
        FeedItem edit = (FeedItem) parsed.events().get(1);
        assertThat(update.id()).isEqualTo("114756500000000010").isEqualTo(edit.id());
        assertThat(edit.text()).isEqualTo("OpenAI will shut down for a week after Meta poached several researchers.");
        assertThat(parsed.events().get(2)).isEqualTo(new Retraction("sigmoid.example", "114756500000000010", Fixtures.RECEIVED));
        assertThat(reasons(parsed)).as("the broken update alone; heartbeats and notifications are skipped").containsExactly("not valid JSON");
        assertThat(parsed.rejected().get(0).raw()).startsWith("event: update\ndata: {\"id\":\"114756500000000011\"");
    }

    @Test
    void redditPostsWithFloatSecondsAndDecodedText() throws Exception {
        Parsed parsed = parse("reddit", "reddit-subreddit.json", context(null, SourceKind.SOCIAL));
        FeedItem post = only(items(parsed), "t3_1lmq8aa");

        assertThat(post.published()).isEqualTo(Instant.parse("2025-06-28T13:05:30.512Z"));
        assertThat(post.title()).isEqualTo("[D] Meta poaching OpenAI researchers with nine-figure offers");
        assertThat(post.text()).isEqualTo("Reports say Meta offered > $100M packages & poached at least 8 OpenAI researchers.\n\n"
                + "Thoughts on the talent war?");
        assertThat(post.url()).isEqualTo("https://www.reddit.com/r/MachineLearning/comments/1lmq8aa/d_meta_poaching_openai_researchers/");
        assertThat(post.source()).isEqualTo("reddit/r/MachineLearning");
        assertThat(post.author()).isEqualTo("tensor_tom");
        assertThat(reasons(parsed)).containsExactly("'created_utc' must be seconds since 1970");
    }

    @Test
    void aRedditPostPageWithNestedComments() throws Exception {
        List<FeedItem> items = items(parse("reddit", "reddit-comments.json", context("reddit", SourceKind.SOCIAL)));

        assertThat(items).extracting(FeedItem::id).containsExactly("t3_1lmrabc", "t1_n0abc01", "t1_n0abc02");
        FeedItem reply = only(items, "t1_n0abc02");
        assertThat(reply.title()).isNull();
        assertThat(reply.text()).isEqualTo("Signing bonuses & all?");
        assertThat(reply.published()).isEqualTo(Instant.parse("2025-06-28T14:15:00Z"));
        assertThat(only(items, "t1_n0abc01").published()).isEqualTo(Instant.parse("2025-06-28T14:10:00.250Z"));
    }

    @Test
    void xTweetsWithAuthorsLongTextAndUndeterminedLanguage() throws Exception {
        Parsed parsed = parse("x", "x-tweets.json", context(null, SourceKind.SOCIAL));
        List<FeedItem> items = items(parsed);

        FeedItem tweet = only(items, "1938950123456789012");
        assertThat(tweet.author()).isEqualTo("techreporter");
        assertThat(tweet.url()).isEqualTo("https://x.com/techreporter/status/1938950123456789012");
        assertThat(tweet.published()).isEqualTo(Instant.parse("2025-06-28T09:12:44Z"));
        assertThat(tweet.source()).isEqualTo("x");
        assertThat(only(items, "1938950999999999999").text()).startsWith("Zuckerberg's recruiting spree, a thread: he has personally");
        FeedItem emoji = only(items, "1938951000000000001");
        assertThat(emoji.lang()).isNull();
        assertThat(emoji.url()).isEqualTo("https://x.com/i/web/status/1938951000000000001");
        assertThat(reasons(parsed)).containsExactly("missing 'created_at'");
    }

    @Test
    void oddValuesRejectOneEntryAndTrailingJsonRejectsThePayload() throws Exception {
        byte[] infinite = ("{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\",\"data\":{\"name\":\"t3_a\",\"title\":\"x\","
                + "\"subreddit\":\"s\",\"created_utc\":1e999}},{\"kind\":\"t3\",\"data\":{\"name\":\"t3_b\",\"title\":\"Meta hires\","
                + "\"subreddit\":\"s\",\"created_utc\":1751115930}}]}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Parsed parsed = FeedFormat.REDDIT.reader(java.util.Map.of()).parse(infinite, context(null, SourceKind.SOCIAL));
        assertThat(items(parsed)).extracting(FeedItem::id).containsExactly("t3_b");
        assertThat(reasons(parsed)).containsExactly("'created_utc' must be seconds since 1970");

        byte[] twoValues = "{\"id\":\"1\"} {\"id\":\"2\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeedFormat.MASTODON.reader(java.util.Map.of()).parse(twoValues, MASTODON))
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void anEmptyXPageIsNoItemsAndAnErrorAnswerIsRefused() throws Exception {
        WireFormat x = FeedFormat.X.reader(java.util.Map.of());
        Parsed empty = x.parse("{\"meta\":{\"result_count\":0}}".getBytes(java.nio.charset.StandardCharsets.UTF_8), context(null, SourceKind.SOCIAL));
        assertThat(empty.events()).isEmpty();
        assertThat(empty.rejected()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> x.parse(
                "{\"errors\":[{\"title\":\"Unauthorized\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8), context(null, SourceKind.SOCIAL)))
                .hasMessageContaining("Unauthorized");
    }
}

package io.talentwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.talentwatch.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedItemParserTest {
    private static FeedItem parse(String json) throws MalformedItem {
        return FeedItemParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void rejected(String json, String reason) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(MalformedItem.class).hasMessageContaining(reason);
    }

    @Test
    void readsAnArabicNewsItemWithItsOwnTime() throws MalformedItem {
        FeedItem item = parse("""
                {"id":"gtd-1","kind":"news","source":"Gulf Tech Daily","url":"https://gtd.example.com/a/1",
                 "title":"ميتا تستقطب باحثين من OpenAI","text":"نص","lang":"ar","published":"2025-06-28T10:15:00+03:00"}""");

        assertThat(item.kind()).isEqualTo(SourceKind.NEWS);
        assertThat(item.title()).isEqualTo("ميتا تستقطب باحثين من OpenAI");
        assertThat(item.published()).isEqualTo(Instant.parse("2025-06-28T07:15:00Z"));
        assertThat(item.lang()).isEqualTo("ar");
    }

    @Test
    void leavesTheKindToTheTopicWhenAbsent() throws MalformedItem {
        assertThat(parse("{\"source\":\"s\",\"text\":\"t\",\"published\":\"2025-06-28T10:15:00Z\"}").kind()).isNull();
    }

    @Test
    void rejectsEachKindOfBadInputWithItsReason() {
        rejected("{\"source\":\"s\",\"text\":", "not valid JSON");
        rejected("[1,2]", "not a JSON object: found array");
        rejected("{\"source\":\"s\",\"text\":\"t\"}", "missing 'published'");
        rejected("{\"source\":\"s\",\"text\":\"t\",\"published\":\"yesterday\"}", "'published' is not an ISO-8601 time");
        // A year Elasticsearch cannot store (and an index name like talentwatch-mentions-+10000.01).
        rejected("{\"source\":\"s\",\"text\":\"t\",\"published\":\"+10000-01-01T00:00:00Z\"}", "outside the years 0001-9999");
        rejected("{\"source\":\"s\",\"text\":\"t\",\"published\":\"9999-12-31T23:00:00-05:00\"}", "outside the years 0001-9999");
        rejected("{\"source\":\"s\",\"text\":\"t\",\"published\":true}", "'published' must be a string: found boolean");
        rejected("{\"source\":\"s\",\"published\":\"2025-06-28T10:15:00Z\"}", "neither 'title' nor 'text'");
        rejected("{\"text\":\"t\",\"published\":\"2025-06-28T10:15:00Z\"}", "missing 'source'");
        rejected("{\"source\":\"s\",\"kind\":\"blog\",\"text\":\"t\",\"published\":\"2025-06-28T10:15:00Z\"}", "'kind' must be news or social: 'blog'");
        rejected("", "empty item");
    }

    @Test
    void rejectsInvalidUtf8AndOversizedItems() {
        byte[] invalid = "{\"source\":\"s\",\"text\":\"X\",\"published\":\"2025-06-28T10:15:00Z\"}".getBytes(StandardCharsets.UTF_8);
        invalid[25] = (byte) 0xC3; // a lead byte followed by an ASCII character
        assertThatThrownBy(() -> FeedItemParser.parse(invalid)).hasMessage("not valid UTF-8");

        byte[] huge = new byte[FeedItemParser.MAX_ITEM_BYTES + 1];
        assertThatThrownBy(() -> FeedItemParser.parse(huge)).hasMessage("over the 1048576-byte limit: 1048577 bytes");
    }
}

package io.talentwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentIdsTest {
    private static FeedItem item(String id, String source, String url) {
        return new FeedItem(id, null, source, url, null, "t", "x", null, Instant.parse("2025-06-28T10:00:00Z"));
    }

    @Test
    void sameSourceIdGivesTheSameDocumentIdWhateverElseChanged() {
        String first = DocumentIds.of(item("42", "Gulf Tech Daily", "https://a.example/1"));
        String again = DocumentIds.of(item("42", "gulf tech daily ", "https://a.example/other"));

        assertThat(first).isEqualTo(again).hasSize(32).matches("[0-9a-f]+");
        assertThat(DocumentIds.of(item("43", "Gulf Tech Daily", null))).isNotEqualTo(first);
        assertThat(DocumentIds.of(item("42", "Other Outlet", null))).isNotEqualTo(first);
    }

    @Test
    void withoutASourceIdTheNormalizedUrlDecides() {
        String plain = DocumentIds.of(item(null, "s", "https://news.example.com/story/1"));
        String tracked = DocumentIds.of(item(null, "s", "HTTPS://News.Example.com:443/story/1/?utm_source=x&fbclid=y#top"));

        assertThat(tracked).isEqualTo(plain);
    }

    @Test
    void normalizesUrls() {
        assertThat(DocumentIds.normalizeUrl("http://EXAMPLE.com:80/a/?b=2&a=1&utm_medium=m#frag"))
                .isEqualTo("http://example.com/a?a=1&b=2");
        assertThat(DocumentIds.normalizeUrl("https://example.com")).isEqualTo("https://example.com/");
        assertThat(DocumentIds.normalizeUrl("https://example.com:8443/x")).isEqualTo("https://example.com:8443/x");
        assertThat(DocumentIds.normalizeUrl("not a url")).isEqualTo("not a url");
    }
}

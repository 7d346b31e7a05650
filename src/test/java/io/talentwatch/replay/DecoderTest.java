package io.talentwatch.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.feed.format.FeedContext;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How replay reads a wire format: which files are read line by line, and in what order items go out. */
class DecoderTest {
    private static final FeedContext NEWS = new FeedContext("wire", SourceKind.NEWS, Instant.parse("2025-06-30T00:00:00Z"));

    private static Decoder decoder(FeedFormat format) {
        return Decoder.of(format.reader(Map.of()), NEWS, format == FeedFormat.ARTICLE_JSON);
    }

    @Test
    void aNewestFirstFeedIsPublishedOldestFirstSoNoItemFallsBehindTheWatermark() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://wire.example/</link><description>d</description>"
                + item("c", "Mon, 30 Jun 2025 08:00:00 GMT") + item("b", "Sun, 29 Jun 2025 08:00:00 GMT")
                + item("a", "Sat, 28 Jun 2025 08:00:00 GMT") + "</channel></rss>";
        List<Decoded> decoded = decoder(FeedFormat.RSS).decode(rss.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded).extracting(d -> ((Decoded.Item) d).item().title()).containsExactly("a", "b", "c");
    }

    private static String item(String title, String date) {
        return "<item><title>" + title + "</title><link>https://wire.example/" + title + "</link><pubDate>" + date + "</pubDate></item>";
    }

    @Test
    void articleJsonIsAlwaysOneItemALineOtherFormatsOnlyInJsonl() {
        assertThat(decoder(FeedFormat.ARTICLE_JSON).perLine(Path.of("export.json"))).isTrue();
        assertThat(decoder(FeedFormat.BLUESKY).perLine(Path.of("jetstream.jsonl.gz"))).isTrue();
        assertThat(decoder(FeedFormat.BLUESKY).perLine(Path.of("timeline.json"))).isFalse();
        assertThat(decoder(FeedFormat.RSS).perLine(Path.of("feed.xml"))).isFalse();
    }

    @Test
    void aPayloadNoFormatCanReadIsOneRejectionCarryingItWhole() {
        byte[] garbage = "<rss><channel>".getBytes(StandardCharsets.UTF_8);
        List<Decoded> decoded = decoder(FeedFormat.RSS).decode(garbage);
        assertThat(decoded).singleElement().isInstanceOfSatisfying(Decoded.Rejected.class, rejected -> {
            assertThat(rejected.problem().reason()).isEqualTo("not a readable RSS or Atom feed");
            assertThat(rejected.raw()).isEqualTo(garbage);
        });
    }
}

package io.talentwatch.feed.format;

import static io.talentwatch.feed.format.Fixtures.context;
import static io.talentwatch.feed.format.Fixtures.items;
import static io.talentwatch.feed.format.Fixtures.only;
import static io.talentwatch.feed.format.Fixtures.parse;
import static io.talentwatch.feed.format.Fixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RssAtomFormatTest {

    @Test
    void anArabicRssFeedKeepsItsTimesAuthorsLinksAndCleanText() throws Exception {
        Parsed parsed = parse("rss", "rss-ar.xml", context("tech.example.ae", SourceKind.NEWS));
        List<FeedItem> items = items(parsed);

        assertThat(items).hasSize(2);
        FeedItem first = only(items, "tech-ae-48213");
        // CDATA, spaces around it and a +04:00 offset: 13:15:30+04:00 is 09:15:30Z.
        assertThat(first.published()).isEqualTo(Instant.parse("2025-06-28T09:15:30Z"));
        assertThat(first.title()).isEqualTo("ميتا تستقطب باحثين من أوبن إيه آي بمكافآت توقيع ضخمة");
        assertThat(first.author()).isEqualTo("سارة المنصوري");
        assertThat(first.url()).isEqualTo("https://tech.example.ae/2025/06/28/meta-openai?utm_source=rss");
        assertThat(first.lang()).isEqualTo("ar");
        assertThat(first.source()).isEqualTo("tech.example.ae");
        assertThat(first.kind()).isEqualTo(SourceKind.NEWS);
        // content:encoded wins over the shorter description; tags gone, &nbsp; and &amp; decoded, paragraphs kept apart.
        assertThat(first.text()).isEqualTo("قالت مصادر مطلعة إن ميتا عرضت مكافآت توقيع تصل إلى 100 مليون دولار لباحثين في أوبن إيه آي.\n\n"
                + "وردّت أوبن إيه آي بإغلاق مكاتبها أسبوعاً كاملاً & مراجعة رواتب فرقها.");
        assertThat(only(items, "tech-ae-48240").published()).isEqualTo(Instant.parse("2025-06-29T08:00:00Z"));

        assertThat(reasons(parsed)).containsExactly("missing 'published'");
        assertThat(parsed.rejected().get(0).raw()).contains("خبر بلا تاريخ مقروء", "https://tech.example.ae/2025/06/30/undated");
    }

    @Test
    void aLatin1GermanFeedIsDecodedFromItsOwnDeclaration() throws Exception {
        FeedItem item = items(parse("rss", "rss-de-latin1.xml", context("ki.example.de", SourceKind.NEWS))).get(0);
        assertThat(item.text()).isEqualTo("München: Der Wettbewerb um Talente verschärft sich – große Prämien.");
        assertThat(item.lang()).isEqualTo("de-DE");
        assertThat(item.published()).isEqualTo(Instant.parse("2025-06-28T10:00:00Z"));
        assertThat(item.id()).as("no guid: the link identifies it").isEqualTo("https://ki.example.de/meta-openai");
    }

    @Test
    void bloggerAtomWithFractionalSecondsAndHtmlTitles() throws Exception {
        List<FeedItem> items = items(parse("atom", "atom-blogger.xml", context("ailabswatch", SourceKind.NEWS)));

        FeedItem post = only(items, "tag:blogger.com,1999:blog-7744.post-5521");
        assertThat(post.published()).isEqualTo(Instant.parse("2025-06-28T17:15:30.123Z"));
        assertThat(post.title()).isEqualTo("Meta & the $100M signing bonus");
        assertThat(post.text()).isEqualTo("Meta has lured away several OpenAI researchers.\nSam Altman called it \"distasteful\".");
        assertThat(post.author()).isEqualTo("J. Rivera");
        assertThat(post.url()).isEqualTo("https://ailabswatch.blogspot.com/2025/06/meta-signing-bonus.html");
        assertThat(post.lang()).isEqualTo("en");
        assertThat(only(items, "tag:blogger.com,1999:blog-7744.post-5522").published())
                .as("an entry with no published time is dated by its update").isEqualTo(Instant.parse("2025-06-29T08:00:00Z"));
    }

    @Test
    void malformedXmlAndExternalEntitiesAreRefusedAsAWhole() {
        WireFormat rss = FeedFormat.RSS.reader(Map.of());
        assertThatThrownBy(() -> rss.parse("<rss><channel><item>".getBytes(StandardCharsets.UTF_8), context("x", SourceKind.NEWS)))
                .isInstanceOf(MalformedItem.class).hasMessageStartingWith("not a readable RSS or Atom feed");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> rss.parse(xxe, context("x", SourceKind.NEWS)))
                .isInstanceOf(MalformedItem.class).hasMessageStartingWith("not a readable RSS or Atom feed").hasMessageContaining("DOCTYPE");
    }

    @Test
    void aLeadingBlankLineAndHtmlEntitiesAreFixedAsRomeFixesThem() throws Exception {
        byte[] sloppy = ("\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://www.sloppy.example/</link><description>d</description><item><title>Meta&nbsp;hires &eacute;quipe</title>"
                + "<link>https://sloppy.example/a</link><pubDate>Sat, 28 Jun 2025 10:00:00 GMT</pubDate></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        FeedItem item = items(FeedFormat.RSS.reader(Map.of()).parse(sloppy, new FeedContext(null, SourceKind.NEWS, Fixtures.RECEIVED))).get(0);
        assertThat(item.title()).isEqualTo("Meta hires équipe");
        assertThat(item.source()).as("no --source: the site's host names it").isEqualTo("sloppy.example");
    }
}

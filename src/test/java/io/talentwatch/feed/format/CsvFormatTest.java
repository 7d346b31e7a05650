package io.talentwatch.feed.format;

import static io.talentwatch.feed.format.Fixtures.context;
import static io.talentwatch.feed.format.Fixtures.items;
import static io.talentwatch.feed.format.Fixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
    private static final Map<String, String> MAPPING = Map.of("title", "Headline", "text", "Body", "url", "Link",
            "published", "Date", "source", "Outlet", "author", "Byline");

    @Test
    void anExportReadThroughAColumnMapping() throws Exception {
        Parsed parsed = FeedFormat.CSV.reader(MAPPING).parse(Fixtures.bytes("articles.csv"), context("csv", SourceKind.NEWS));
        List<FeedItem> items = items(parsed);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).title()).isEqualTo("Meta lures OpenAI researchers");
        assertThat(items.get(0).source()).isEqualTo("Example News");
        assertThat(items.get(0).author()).isEqualTo("A. Writer");
        assertThat(items.get(1).text()).as("quotes and a line break inside a field")
                .isEqualTo("OpenAI gave staff a week off, \"a reset\" after the departures.\nExecutives are reviewing pay.");
        assertThat(items.get(1).published()).isEqualTo(Instant.parse("2025-06-29T07:30:00Z"));
        assertThat(items.get(1).author()).isNull();
        assertThat(reasons(parsed)).containsExactly("'published' is not an ISO-8601 time with offset");
        assertThat(parsed.rejected().get(0).raw()).startsWith("row 3: Undated piece,Text,");
    }

    @Test
    void aMappingToAMissingColumnOrAnUnknownFieldIsNamed() {
        assertThatThrownBy(() -> FeedFormat.CSV.reader(Map.of("published", "When"))
                .parse(Fixtures.bytes("articles.csv"), context("csv", SourceKind.NEWS)))
                .isInstanceOf(MalformedItem.class).hasMessageContaining("the CSV has no column 'When'");
        assertThatThrownBy(() -> FeedFormat.CSV.reader(Map.of("headline", "Headline")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown field 'headline'");
        assertThatThrownBy(() -> FeedFormat.RSS.reader(MAPPING)).hasMessageContaining("csv only");
        assertThatThrownBy(() -> FeedFormat.named("atom-ish")).hasMessageContaining("unknown feed format 'atom-ish'; formats are article-json, rss");
    }

    @Test
    void aByteOrderMarkIsDroppedAndABrokenRowKeepsTheRowsBeforeIt() throws Exception {
        byte[] csv = ("\uFEFFtitle,published,source\n"
                + "Meta hires,2025-06-28T08:00:00Z,wire\n"
                + "\"Unclosed quote,2025-06-28T09:00:00Z,wire\n"
                + "Never read,2025-06-28T10:00:00Z,wire\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Parsed parsed = FeedFormat.CSV.reader(Map.of()).parse(csv, context(null, SourceKind.NEWS));
        assertThat(items(parsed)).extracting(FeedItem::title).containsExactly("Meta hires");
        assertThat(reasons(parsed)).containsExactly("unreadable CSV from here on");
        assertThatThrownBy(() -> FeedFormat.CSV.reader(Map.of()).parse(new byte[] {'t', ',', (byte) 0xC3}, context(null, SourceKind.NEWS)))
                .hasMessage("not valid UTF-8");
    }
}

package io.talentwatch.feed.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void tagsGoEntitiesAreDecodedAndParagraphsStayApart() {
        assertThat(HtmlText.of("<div><p>Meta &amp; OpenAI</p>\n\n  <p>hire&nbsp;&nbsp;away <b>staff</b></p></div>"))
                .isEqualTo("Meta & OpenAI\n\nhire away staff");
        assertThat(HtmlText.of("one<br>two<br/>three")).isEqualTo("one\ntwo\nthree");
        assertThat(HtmlText.of("<ul><li>a</li><li>b</li></ul>")).isEqualTo("a\n\nb");
    }

    @Test
    void plainTextKeepsItsWordsAndRightToLeftScript() {
        assertThat(HtmlText.of("  ميتا   تستقطب\tباحثين  ")).isEqualTo("ميتا تستقطب باحثين");
        assertThat(HtmlText.of("5 < 6 & 7 > 3")).isEqualTo("5 < 6 & 7 > 3");
    }

    @Test
    void nothingReadableIsNull() {
        assertThat(HtmlText.of(null)).isNull();
        assertThat(HtmlText.of("  ")).isNull();
        assertThat(HtmlText.of("<p> </p><br>")).isNull();
    }

    @Test
    void plainTextDecodesEntitiesButNeverReadsTags() {
        assertThat(HtmlText.plain("a<b and c>d")).isEqualTo("a<b and c>d");
        assertThat(HtmlText.plain("Meta &amp; OpenAI &gt; rivals")).isEqualTo("Meta & OpenAI > rivals");
        assertThat(HtmlText.plain(" line one\n\n\n  line two ")).isEqualTo("line one\n\nline two");
        assertThat(HtmlText.of("a<b and c>d")).as("HTML reads <b ...> as a tag: why plain text must not go through it")
                .isNotEqualTo("a<b and c>d");
    }
}

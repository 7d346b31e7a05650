package io.talentwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Meta hires|Meta hires",
            "\"  Meta   hires  \"|Meta hires",
            "\"Meta\thires\nfrom\r\nOpenAI\"|Meta hires from OpenAI",
            "\"Meta\u00A0hires\u200B \u2028OpenAI\uFEFF\"|Meta hires OpenAI",
            "\" ميتا  تستقطب \"|ميتا تستقطب",
            "x|x",
    })
    void collapsesEveryRunOfWhiteSpaceToOneSpace(String raw, String clean) {
        assertThat(DocumentNormalizer.clean(raw)).isEqualTo(clean);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"\"\"", "\"   \"", "\"\t\u00A0\n\""})
    void blankBecomesNull(String raw) {
        assertThat(DocumentNormalizer.clean(raw)).isNull();
    }
}

package io.talentwatch.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.talentwatch.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The converter's readers on small samples shaped like the packages' files. */
class LexiconImportTest {
    private static final String JS = """
            // Constants
            export const B_INCR = 0.293;
            export const B_DECR = -0.293;
            export const NEGATE = [
              'aint',
              "can't", // a comment
              /* and another */ 'uh-uh',
            ];
            export const BOOSTER_DICT = {
              absolutely: B_INCR,
              'kind of': B_DECR
            };
            export const IDIOMS = {'the bomb': 3, 'kiss of death': -1.5};
            """;

    @Test
    void readsArraysObjectsAndConstantsOutOfJavaScript() {
        assertThat(JsLiterals.array(JS, "NEGATE")).containsExactly("aint", "can't", "uh-uh");
        assertThat(JsLiterals.object(JS, "BOOSTER_DICT")).containsExactly(
                new JsLiterals.Entry("absolutely", "B_INCR"), new JsLiterals.Entry("kind of", "B_DECR"));
        assertThat(JsLiterals.object(JS, "IDIOMS")).containsExactly(
                new JsLiterals.Entry("the bomb", "3"), new JsLiterals.Entry("kiss of death", "-1.5"));
        assertThat(JsLiterals.constant(JS, "B_DECR")).isEqualTo("-0.293");
        assertThat(JsLiterals.declares(JS, "SENTIMENT_LADEN_IDIOMS")).isFalse();
    }

    @Test
    void escapedQuotesAreRead() {
        assertThat(JsLiterals.array("const A = ['don\\'t', \"a \\\"b\\\"\"];", "A")).containsExactly("don't", "a \"b\"");
    }

    /** Anything but plain data means the package is not the one the import was written for. */
    @Test
    void codeInsteadOfDataFails() {
        assertThatThrownBy(() -> JsLiterals.array("const A = [f('x')];", "A")).hasMessageContaining("expected a string");
        assertThatThrownBy(() -> JsLiterals.object("const O = {...other};", "O")).hasMessageContaining("expected ':'");
        assertThatThrownBy(() -> JsLiterals.array("const B = [];", "A")).hasMessageContaining("no constant A");
    }

    @Test
    void jsonMembersKeepTheirOrderAndDuplicates() throws Exception {
        assertThat(JsonEntries.integers("{\"b\": 1, \"a\": -2, \"b\": 3}", "t.json")).extracting(JsonEntries.Entry::key)
                .containsExactly("b", "a", "b");
        assertThatThrownBy(() -> JsonEntries.integers("{\"a\": \"x\"}", "t.json")).hasMessageContaining("not an integer");
    }

    @Test
    void arabicEntriesAreNormalizedAsTheJobReadsThem() {
        ArabicForms forms = new ArabicForms(new TextNormalizer());

        assertThat(forms.normalize("ابتسامة").form()).isEqualTo("ابتسامه");
        assertThat(forms.normalize("أَحْمَد").form()).isEqualTo("احمد");
        assertThat(forms.normalize("أعلى").form()).isEqualTo("اعلي");
        ArabicForms.Result phrase = forms.normalize("أرجع للخلف - قلص");
        assertThat(phrase.form()).isEqualTo("ارجع للخلف قلص");
        assertThat(phrase.phrase()).isTrue();
        assertThat(forms.normalize("★").rejection()).isEqualTo(ArabicForms.Rejection.NOT_ARABIC);
        assertThat(forms.normalize("😂").rejection()).isEqualTo(ArabicForms.Rejection.NOT_ARABIC);
        assertThat(forms.normalize("جيد ok").rejection()).isEqualTo(ArabicForms.Rejection.NOT_ARABIC);
        assertThat(ArabicForms.changes("ابتسامة", "ابتسامه")).containsExactly("teh marbuta to heh (ة to ه)");
    }

    @Test
    void stopWordMatchesFollowTheJobsLightStems() {
        ArabicForms forms = new ArabicForms(new TextNormalizer());

        assertThat(forms.stopWords()).contains("في", "من", "علي", "الي");
        assertThat(forms.stopWordMatches(java.util.List.of("وفيات", "ممتاز"))).containsOnlyKeys("في", "فيه", "فيها");
    }
}

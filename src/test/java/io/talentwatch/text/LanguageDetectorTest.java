package io.talentwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void englishNews() {
        assertThat(detector.detect("Meta hired three researchers from OpenAI after weeks of talks.", null)).isEqualTo("en");
    }

    @Test
    void arabicNews() {
        assertThat(detector.detect("أعلنت شركة ميتا عن توظيف ثلاثة باحثين من أوبن إيه آي بعد أسابيع من المفاوضات", null))
                .isEqualTo("ar");
    }

    @Test
    void fullyDiacritizedArabic() {
        assertThat(detector.detect("أَعْلَنَتْ شَرِكَةُ مِيتَا عَنْ تَوْظِيفِ بَاحِثِينَ جُدُدٍ", "en")).isEqualTo("ar");
    }

    @Test
    void tatweelDoesNotSplitOrHideArabic() {
        assertThat(detector.detect("ميـــــتا تستقطـــب البـــاحثين", null)).isEqualTo("ar");
    }

    @Test
    void arabicWithLatinBrandNamesIsArabic() {
        assertThat(detector.detect("ميتا تستقطب باحثي OpenAI وGoogle DeepMind", null)).isEqualTo("ar");
        assertThat(detector.detect("عاجل: OpenAI تخسر باحثين لصالح Meta", "en")).isEqualTo("ar");
    }

    @Test
    void englishQuotingAnArabicNameIsEnglish() {
        assertThat(detector.detect("Al Jazeera (الجزيرة) reports that Meta hired researchers from OpenAI", "ar"))
                .isEqualTo("en");
    }

    @Test
    void veryShortArabicNeedsNoHint() {
        assertThat(detector.detect("ميتا!", null)).isEqualTo("ar");
        assertThat(detector.detect("ميتا!", "en")).isEqualTo("ar");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "OpenAI 🔥, ar, ar",
            "OpenAI 🔥, null, en",
            "OpenAI 🔥, en-US, en",
            "OpenAI 🔥, fr, other",
            "🔥🔥🔥, ar, ar",
            "🔥🔥🔥, null, other",
            "'', en, en",
    })
    void tooShortToTellFollowsTheHint(String text, String hint, String expected) {
        assertThat(detector.detect(text, hint)).isEqualTo(expected);
    }

    @Test
    void mixedHalfAndHalfFollowsTheHint() {
        String mixed = "meta talent حرب المواهب";
        assertThat(detector.detect(mixed, "en")).isEqualTo("en");
        assertThat(detector.detect(mixed, "ar")).isEqualTo("ar");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meta débauche des chercheurs d'OpenAI avec des offres de plusieurs millions|other",
            "Meta contrata a tres investigadores de OpenAI con ofertas millonarias para su laboratorio|other",
            "Meta wirbt drei Forscher von OpenAI ab und zahlt dafür hohe Boni|other",
            "Meta contrata pesquisadores da OpenAI com ofertas milionárias|other",
            "Meta переманивает исследователей из OpenAI|other",
            "Meta 从 OpenAI 挖走了三名研究人员|other",
            "متا پژوهشگران OpenAI را استخدام کرد|other",
            "میٹا نے اوپن اے آئی کے محققین کو ملازمت دی ہے|other",
    })
    void otherLanguagesAreOther(String text, String expected) {
        assertThat(detector.detect(text, null)).isEqualTo(expected);
    }

    @Test
    void arabicTypedWithPersianLettersIsStillArabic() {
        assertThat(detector.detect("أعلنت شرکة مایکروسوفت عن توظيف باحثين في الذکاء الاصطناعي", null)).isEqualTo("ar");
    }

    @Test
    void nullTextFallsBackToTheHint() {
        assertThat(detector.detect(null, "ar")).isEqualTo("ar");
        assertThat(detector.detect(null, null)).isEqualTo("other");
    }
}

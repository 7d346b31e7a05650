package io.talentwatch.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.text.Sentences;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon rules alone (VADER's for English), through the analyzer's rules-only path. */
class SentimentRulesTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private final SentimentAnalyzer rules = SentimentAnalyzer.rulesOnly();

    private double compound(String text, String language) {
        List<Token> tokens = NORMALIZER.tokens(text);
        return rules.analyze(text, tokens, Sentences.of(text, tokens), language).rulesCompound();
    }

    @Test
    void aSingleWordScoresItsVaderValenceNormalized() {
        // "good" is 1.9 in VADER's lexicon: 1.9 / sqrt(1.9² + 15)
        assertThat(compound("good", "en")).isCloseTo(1.9 / Math.sqrt(1.9 * 1.9 + 15), within(1e-9));
    }

    @Test
    void negationWithinThreeWordsFlipsAndDamps() {
        double good = 1.9;
        assertThat(compound("not good", "en")).isCloseTo(squash(good * -0.74), within(1e-9));
        assertThat(compound("isn't good", "en")).isCloseTo(squash(good * -0.74), within(1e-9));
        assertThat(compound("not really very good", "en")).isNegative();
        assertThat(compound("not at all a good offer", "en")).isGreaterThan(0); // four words back: out of reach
    }

    @Test
    void boostersAndDampenersMoveTheMagnitudeLessFromFurtherBack() {
        assertThat(compound("very good", "en")).isCloseTo(squash(1.9 + 0.293), within(1e-9));
        assertThat(compound("slightly good", "en")).isCloseTo(squash(1.9 - 0.293), within(1e-9));
        assertThat(compound("very bad", "en")).isLessThan(compound("bad", "en"));
    }

    @Test
    void shoutingInMixedCaseTextAddsEmphasis() {
        assertThat(compound("The offer is GOOD", "en")).isGreaterThan(compound("The offer is good", "en"));
        assertThat(compound("GOOD", "en")).isEqualTo(compound("good", "en")); // all capitals: nothing stands out
    }

    @Test
    void exclamationsAndQuestionMarksPushAwayFromZero() {
        assertThat(compound("good!!!", "en")).isCloseTo(squash(1.9 + 3 * 0.292), within(1e-9));
        assertThat(compound("good!!!!!!", "en")).isCloseTo(squash(1.9 + 4 * 0.292), within(1e-9));
        assertThat(compound("bad??", "en")).isLessThan(compound("bad", "en"));
    }

    @Test
    void butShiftsTheWeightToWhatFollows() {
        assertThat(compound("The pay is good but the culture is terrible", "en")).isNegative();
        assertThat(compound("The culture is toxic but the pay is great", "en")).isPositive();
    }

    @Test
    void neverSoAndLeast() {
        assertThat(compound("never so good", "en")).isGreaterThan(compound("good", "en"));
        assertThat(compound("the least good offer", "en")).isNegative();
        assertThat(compound("at least good", "en")).isPositive();
    }

    @Test
    void emoticonsAndEmojiCount() {
        assertThat(compound("Meta hires again :)", "en")).isPositive();
        assertThat(compound("Meta hires again :(", "en")).isNegative();
        assertThat(compound("OpenAI 😡", "en")).isNegative();
        assertThat(compound("OpenAI 🎉", "en")).isPositive();
    }

    @Test
    void arabicWordsNegatorsAndContrast() {
        assertThat(compound("نجاح رائع", "ar")).isPositive();
        assertThat(compound("فشل ذريع", "ar")).isNegative();
        assertThat(compound("العرض ليس جيداً", "ar")).isLessThan(0);
        assertThat(compound("العرض مش كويس", "ar")).isLessThanOrEqualTo(0);
        assertThat(compound("الراتب جيد لكن الإدارة سيئة", "ar")).isNegative();
    }

    @Test
    void arabicNamesAreNotReadAsTheWordsTheirStemsLookLike() {
        // ميتا stems to ميت ("dead"), ابل to ابل/ابله ("idiot"): matched by form, they carry nothing
        assertThat(compound("ميتا", "ar")).isZero();
        assertThat(compound("آبل", "ar")).isZero();
        assertThat(compound("الشركة", "ar")).isZero();
        assertThat(compound("في", "ar")).isZero();
    }

    @Test
    void otherLanguagesReadNeutral() {
        String text = "Das Angebot ist sehr gut";
        List<Token> tokens = NORMALIZER.tokens(text);
        SentimentVerdict verdict = rules.analyze(text, tokens, Sentences.of(text, tokens), "other").overall();
        assertThat(verdict.label()).isEqualTo(Label.NEUTRAL);
        assertThat(verdict.score()).isZero();
    }

    private static double squash(double x) {
        return x / Math.sqrt(x * x + 15);
    }
}

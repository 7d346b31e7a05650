package io.talentwatch.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.talentwatch.text.Script;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentScorerTest {
    private final SentimentScorer scorer = new SentimentScorer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Great news: the new lab is a huge success and the team is thrilled|en|1",
            "Staff are furious and worried after the layoffs, a real crisis|en|-1",
            "إنجاز رائع ونجاح كبير للفريق|ar|1",
            "أزمة حقيقية وقلق وغضب بين الموظفين بعد الخسائر|ar|-1",
    })
    void readsPlainPositiveAndNegativeText(String text, String language, int sign) {
        assertThat(Math.signum(scorer.score(text, language))).isEqualTo(sign);
    }

    @Test
    void englishNegationFlips() {
        assertThat(scorer.score("The offer is good", "en")).isPositive();
        assertThat(scorer.score("The offer is not good", "en")).isNegative();
        assertThat(scorer.score("The offer isn't good", "en")).isNegative();
        assertThat(scorer.score("The offer isn’t good", "en")).isNegative();
        assertThat(scorer.score("They never failed", "en")).isPositive();
    }

    @Test
    void arabicNegationFlips() {
        assertThat(scorer.score("العرض جيد", "ar")).isPositive();
        assertThat(scorer.score("العرض ليس جيدا", "ar")).isNegative();
        assertThat(scorer.score("كان الانتقال ناجحا", "ar")).isPositive();
        assertThat(scorer.score("لم يكن الانتقال ناجحا", "ar")).isNegative();
        assertThat(scorer.score("ولا يبدو الفريق سعداء", "ar")).isNegative();
        assertThat(scorer.score("الوضع غير مستقر", "ar")).isNegative();
    }

    @Test
    void stillIsNotANegation() {
        // لا يزال = "still": the worry stays negative
        assertThat(scorer.score("لا يزال القلق كبيرا", "ar")).isNegative();
    }

    @Test
    void negationStopsAtClausePunctuation() {
        assertThat(scorer.score("Not bad.", "en")).isPositive();
        assertThat(scorer.score("No. This is great", "en")).isPositive();
    }

    @Test
    void intensifiersStrengthenBeforeInEnglishAndAfterInArabic() {
        assertThat(scorer.score("a very good offer", "en")).isGreaterThan(scorer.score("a good offer", "en"));
        assertThat(scorer.score("a slightly bad offer", "en")).isGreaterThan(scorer.score("a bad offer", "en"));
        assertThat(scorer.score("عرض جيد جدا", "ar")).isGreaterThan(scorer.score("عرض جيد", "ar"));
        assertThat(scorer.score("قلق شديد", "ar")).isLessThan(scorer.score("قلق", "ar"));
    }

    @Test
    void emojiCount() {
        assertThat(scorer.score("OpenAI 🎉", "en")).isPositive();
        assertThat(scorer.score("ميتا 😡", "ar")).isNegative();
        assertThat(scorer.score("👍🏽", "en")).isPositive();
        assertThat(scorer.score("❤️", "en")).isPositive();
    }

    @Test
    void arabicIsNormalizedLikeMatching() {
        assertThat(scorer.score("سَرِقـــة", "ar")).isNegative();
        assertThat(scorer.score("والسرقة", "ar")).isNegative();
        assertThat(scorer.score("بنجاح", "ar")).isPositive();
    }

    @Test
    void englishPluralsAndCaseFold() {
        assertThat(scorer.score("LAYOFFS", "en")).isNegative();
        assertThat(scorer.score("Opportunities", "en")).isPositive();
    }

    @Test
    void staysWithinBounds() {
        String many = "great ".repeat(200);
        assertThat(scorer.score(many, "en")).isLessThanOrEqualTo(1.0).isGreaterThan(0.99);
        assertThat(scorer.score("terrible ".repeat(200), "en")).isGreaterThanOrEqualTo(-1.0).isLessThan(-0.99);
        assertThat(scorer.score("The meeting is on Tuesday", "en")).isEqualTo(0.0);
    }

    @Test
    void otherLanguagesAndEmptyTextScoreZero() {
        assertThat(scorer.score("C'est une catastrophe terrible", "other")).isZero();
        assertThat(scorer.score("", "en")).isZero();
        assertThat(scorer.score(null, "ar")).isZero();
    }

    @Test
    void squashIsTheDocumentedFunction() {
        // "good" is 2 in en.tsv: 2 / sqrt(4 + 15)
        assertThat(scorer.score("good", "en")).isCloseTo(2 / Math.sqrt(4 + SentimentScorer.ALPHA), within(1e-9));
    }

    @Test
    void arabicSeedArticleReadsNegative() {
        String seed = "أوقفت أوبن إيه آي العمل في مكاتبها لمدة أسبوع كامل، في وقت تستقطب فيه ميتا باحثيها"
                + " بعروض تصل إلى 100 مليون دولار. وقال أحد مسؤوليها إن الشعور يشبه أن أحدهم اقتحم منزلنا وسرق شيئاً.";
        assertThat(scorer.score(seed, "ar")).isLessThan(-0.3);
    }

    @Test
    void lexiconsLoadWithoutConflictsAndHaveRealSize() throws Exception {
        SentimentLexicon lexicon = SentimentLexicon.load(new TextNormalizer());
        assertThat(lexicon.size()).isGreaterThan(450);
        for (String file : SentimentLexicon.WORD_FILES) {
            assertThat(entries(file)).as(file).hasSizeBetween(150, 1000);
        }
    }

    @Test
    void everyEmojiEntryIsOneEmojiToken() throws Exception {
        TextNormalizer normalizer = new TextNormalizer();
        for (String entry : entries(SentimentLexicon.EMOJI_FILE)) {
            List<Token> tokens = normalizer.tokens(entry);
            assertThat(tokens).as(entry).singleElement().extracting(Token::script).isEqualTo(Script.EMOJI);
        }
    }

    private static List<String> entries(String resource) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SentimentLexicon.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('\t'))).toList();
        }
    }
}

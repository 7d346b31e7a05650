package io.talentwatch.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.talentwatch.text.Script;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every lexicon loads, and a few entries have the values their authors published. */
class LexiconEntriesTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @Test
    void vaderHasItsPublishedMeans() {
        Map<String, VaderEntry> vader = Lexicons.vaderEnglish();

        assertThat(vader.get("good")).isEqualTo(new VaderEntry("good", 1.9, 0.9434));
        assertThat(vader.get(":)").mean()).isEqualTo(2.0);
        assertThat(vader.get("<3").mean()).isEqualTo(1.9);
        assertThat(vader.get("can't stand").mean()).isEqualTo(-2.0);
        // listed twice by VADER: the last line wins, as in VADER
        assertThat(vader.get("lol").mean()).isEqualTo(1.8);
        assertThat(vader.values()).allSatisfy(entry -> assertThat(entry.mean()).isBetween(-4.0, 4.0));
    }

    @Test
    void vaderRulesKeepTheirWordLists() {
        Set<String> negations = Lexicons.vaderNegations();
        Map<String, Double> boosters = Lexicons.vaderBoosters();

        assertThat(negations).contains("not", "isn't", "never", "without", "nope").doesNotContain("least");
        assertThat(boosters).containsEntry("very", 0.293).containsEntry("extremely", 0.293)
                .containsEntry("kind of", -0.293).containsEntry("barely", -0.293);
        assertThat(boosters.values()).containsOnly(0.293, -0.293);
        assertThat(Lexicons.vaderIdioms()).containsEntry("cut the mustard", 2.0).containsEntry("yeah right", -2.0)
                .containsEntry("kiss of death", -1.5);
    }

    @Test
    void afinnHasItsPublishedValences() {
        Map<String, Integer> afinn = Lexicons.afinnEnglish();

        assertThat(afinn).containsEntry("good", 3).containsEntry("bankruptcy", -3).containsEntry("xoxo", 3)
                .containsEntry("can't stand", -3).containsEntry("damn", -2).containsEntry("kind of", 0);
        assertThat(afinn.values()).allSatisfy(valence -> assertThat(valence).isBetween(-5, 5));
    }

    @Test
    void emojiScoresAreThePapersFromTheirCounts() {
        Map<String, EmojiSentiment> ranking = Lexicons.emojiSentimentRanking();
        EmojiSentiment tearsOfJoy = ranking.get("😂");

        assertThat(tearsOfJoy.score()).isCloseTo(0.221, within(0.0005));
        assertThat(tearsOfJoy.occurrences()).isEqualTo(14622);
        assertThat(tearsOfJoy.unicodeName()).isEqualTo("FACE WITH TEARS OF JOY");
        assertThat(ranking.get("❤").score()).isCloseTo(0.746, within(0.0005));
        assertThat(ranking.get("😭").score()).isNegative();
        assertThat(ranking.values()).allSatisfy(emoji -> {
            assertThat(emoji.negative() + emoji.neutral() + emoji.positive()).isEqualTo(emoji.occurrences());
            assertThat(emoji.score()).isCloseTo((emoji.positive() - emoji.negative()) / (double) emoji.occurrences(),
                    within(5e-7));
        });
    }

    @Test
    void arabicAfinnHasTheTranslatedValences() {
        Map<String, ArabicValence> arabic = Lexicons.afinnArabic();

        assertThat(arabic.get("ممتاز").valence()).isEqualTo(3);
        assertThat(arabic.get("فشل").valence()).isEqualTo(-3);
        // ابتسامة in both packages: one row, in normalized form
        assertThat(arabic.get("ابتسامه")).isEqualTo(new ArabicValence("ابتسامه", 2, false, 1, List.of("multilang-afinn", "nlpjs")));
        // أثار (3) and اثار (-2) normalize alike: the mean, two merged
        assertThat(arabic.get("اثار").valence()).isEqualTo(0.5);
        assertThat(arabic.get("اثار").merged()).isEqualTo(2);
        // "أرجع للخلف - قلص" and "أرجع للخلف قلص": one phrase
        assertThat(arabic.get("ارجع للخلف قلص").phrase()).isTrue();
        assertThat(arabic.values()).allSatisfy(entry -> {
            assertThat(entry.valence()).isBetween(-5.0, 5.0).isNotZero();
            assertThat(entry.phrase()).isEqualTo(entry.entry().contains(" "));
            assertThat(entry.merged()).isPositive();
            assertThat(entry.sources()).isNotEmpty().isSubsetOf("multilang-afinn", "multilang-appended", "nlpjs");
        });
    }

    /** The Arabic files hold what TextNormalizer makes of the entries: normalizing them again changes nothing. */
    @Test
    void arabicEntriesAreInNormalizedForm() {
        assertThat(Lexicons.afinnArabic().keySet()).allSatisfy(LexiconEntriesTest::assertNormalizedArabic);
        assertThat(Lexicons.negationsArabic()).allSatisfy(LexiconEntriesTest::assertNormalizedArabic);
        assertThat(Lexicons.afinnArabic()).doesNotContainKeys("ابتسامة", "أحب", "إثم");
    }

    @Test
    void arabicNegatorsAreThePackagesList() {
        assertThat(Lexicons.negationsArabic()).containsExactly("لا يمكن", "لا", "غير", "لن", "لم يكن");
    }

    private static void assertNormalizedArabic(String entry) {
        List<Token> tokens = NORMALIZER.tokens(entry);
        assertThat(tokens).as(entry).isNotEmpty().allSatisfy(token -> assertThat(token.script()).isEqualTo(Script.ARABIC));
        assertThat(String.join(" ", NORMALIZER.forms(entry))).as("normalized '%s'", entry).isEqualTo(entry);
    }
}

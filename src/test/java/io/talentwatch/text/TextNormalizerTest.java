package io.talentwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void englishIsLowerCasedWithoutPossessivesAndKeepsOffsets() {
        String text = "OpenAI's researchers joined Meta";
        List<Token> tokens = normalizer.tokens(text);

        assertThat(tokens).extracting(Token::form).containsExactly("openai", "researchers", "joined", "meta");
        assertThat(tokens.get(0).surface(text)).isEqualTo("OpenAI's");
        assertThat(tokens.get(3).surface(text)).isEqualTo("Meta");
        assertThat(tokens).extracting(Token::script).containsOnly(Script.LATIN);
    }

    @Test
    void curlyApostrophePossessiveToo() {
        assertThat(normalizer.forms("Google’s team")).containsExactly("google", "team");
    }

    @Test
    void stemsFoldEnglishPluralsOnly() {
        assertThat(normalizer.stems("researchers offers poached")).containsExactly("researcher", "offer", "poached");
    }

    @Test
    void arabicDiacriticsAndTatweelAreRemovedButOffsetsPointAtTheOriginal() {
        String text = "قالت مِيـــتَا";
        Token meta = normalizer.tokens(text).get(1);

        assertThat(meta.form()).isEqualTo("ميتا");
        assertThat(meta.surface(text)).isEqualTo("مِيـــتَا");
        assertThat(meta.script()).isEqualTo(Script.ARABIC);
    }

    @Test
    void alefVariantsAlefMaqsuraAndTehMarbutaAreUnified() {
        assertThat(normalizer.forms("أوبن إيه آي")).containsExactly("اوبن", "ايه", "اي");
        assertThat(normalizer.forms("ٱلباحثين")).containsExactly("الباحثين");
        assertThat(normalizer.forms("مستشفى شركة")).containsExactly("مستشفي", "شركه");
    }

    @Test
    void persianYehAndKehehBecomeArabic() {
        assertThat(normalizer.forms("مایکروسوفت")).containsExactly("مايكروسوفت");
    }

    @Test
    void invisibleMarksInsideWordsAreDropped() {
        assertThat(normalizer.forms("مي\u200Fتا")).containsExactly("ميتا");
    }

    @Test
    void arabicStemRemovesArticleAndSuffixes() {
        assertThat(normalizer.stems("الباحثين باحثيها")).containsExactly("باحث", "باحث");
    }

    @Test
    void emojiAreTokensOfTheirOwn() {
        List<Token> tokens = normalizer.tokens("great news 🎉👍🏽");
        assertThat(tokens).extracting(Token::script).containsExactly(Script.LATIN, Script.LATIN, Script.EMOJI, Script.EMOJI);
    }

    @Test
    void emptyAndNullGiveNoTokens() {
        assertThat(normalizer.tokens("")).isEmpty();
        assertThat(normalizer.tokens(null)).isEmpty();
        assertThat(normalizer.tokens(" … !! ")).isEmpty();
    }

    @Test
    void attachedParticlesAreStrippedOnlyWhenEnoughRemains() {
        assertThat(ArabicProclitics.stripped("وميتا", 4)).containsExactly("ميتا");
        assertThat(ArabicProclitics.stripped("لميتا", 4)).containsExactly("ميتا");
        assertThat(ArabicProclitics.stripped("وبجوجل", 4)).containsExactly("بجوجل", "جوجل");
        // وابل ("a barrage of") must not become ابل (Apple)
        assertThat(ArabicProclitics.stripped("وابل", 4)).isEmpty();
        assertThat(ArabicProclitics.stripped("ميتا", 4)).isEmpty();
    }

    @Test
    void nameKeysKeepTheWholeWordFirst() {
        Token wa = normalizer.tokens("وميتا").get(0);
        assertThat(TokenKeys.nameKeys(wa)).containsExactly("وميتا", "ميتا");
        // the article is never stripped from names: ألفابت starts with it
        Token alphabet = normalizer.tokens("ألفابت").get(0);
        assertThat(TokenKeys.nameKeys(alphabet)).containsExactly("الفابت");
    }

    @Test
    void termKeysReachStemsBehindParticlesAndTanween() {
        assertThat(TokenKeys.termKeys(normalizer.tokens("والباحثين").get(0))).contains("باحث");
        assertThat(TokenKeys.termKeys(normalizer.tokens("لتوظيف").get(0))).contains("توظيف");
        assertThat(TokenKeys.termKeys(normalizer.tokens("جيداً").get(0))).contains("جيد");
        assertThat(TokenKeys.termKeys(normalizer.tokens("Researchers").get(0))).containsExactly("researcher");
    }
}

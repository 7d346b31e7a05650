package io.talentwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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

    /** The chain folds case itself, for speed; it must fold exactly as Lucene's LowerCaseFilter does. */
    @Test
    void nonArabicWordsAreLowerCasedExactlyAsLucenesLowerCaseFilterDoes() throws Exception {
        String text = "OPENAI'S Researchers İSTANBUL ΣΑΜ ΑΛΤΜΑΝ Москва ＡＢＣ Ärzte ÉCOLE DŽ 𐐀𐐁 Meta’S Ⅻ x5 🙂";
        List<String> lucene = new ArrayList<>();
        try (Analyzer reference = new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String field) {
                        Tokenizer words = new StandardTokenizer();
                        return new TokenStreamComponents(words, new EnglishPossessiveFilter(new LowerCaseFilter(words)));
                    }
                };
                TokenStream stream = reference.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                lucene.add(term.toString());
            }
            stream.end();
        }

        assertThat(lucene).hasSize(15).contains("istanbul", "σαμ", "ａｂｃ", "𐐨𐐩", "meta");
        assertThat(normalizer.forms(text)).isEqualTo(lucene);
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

package io.talentwatch.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain for matching and sentiment, English and Arabic alike: UAX#29 words (emoji
 * included), lower case, possessive removed, Arabic letter variants unified (ی→ي, ک→ك via the
 * Persian normalizer; diacritics, tatweel, alef variants, ى, ة via the Arabic one). No stemming
 * here: names must stay whole; {@link TextNormalizer} stems a copy for terms.
 */
final class MatchingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(words);
        stream = new EnglishPossessiveFilter(stream);
        stream = new ArabicLetterVariantsFilter(stream);
        stream = new PersianNormalizationFilter(stream);
        stream = new ArabicNormalizationFilter(stream);
        return new TokenStreamComponents(words, stream);
    }
}

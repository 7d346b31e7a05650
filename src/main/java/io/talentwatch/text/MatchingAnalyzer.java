package io.talentwatch.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain for matching and sentiment, English and Arabic alike: UAX#29 words (emoji
 * included), possessive removed, lower case and Arabic letter variants unified ({@link WordFormFilter}:
 * ی→ي, ک→ك via Lucene's Persian normalizer; diacritics, tatweel, alef variants, ى, ة via its Arabic
 * one). No stemming
 * here: names must stay whole; {@link TextNormalizer} stems a copy for terms.
 */
final class MatchingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(words); // takes 's and 'S alike
        stream = new WordFormFilter(stream);
        return new TokenStreamComponents(words, stream);
    }
}

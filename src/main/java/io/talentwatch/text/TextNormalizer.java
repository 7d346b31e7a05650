package io.talentwatch.text;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns text into {@link Token}s for matching: the watch list, its topic terms and the sentiment
 * lexicons go through the same code as the documents, so both sides always agree. Thread-safe; the
 * Lucene analyzer is built lazily (it is not serializable) and reuses its chain per thread.
 */
public final class TextNormalizer implements Serializable {
    private static final long serialVersionUID = 1L;
    // Both stemmers are stateless and work in place on a char buffer.
    private static final EnglishMinimalStemmer ENGLISH_STEMMER = new EnglishMinimalStemmer();
    private static final ArabicStemmer ARABIC_STEMMER = new ArabicStemmer();

    private final Vocabulary vocabulary;
    private transient volatile Analyzer analyzer;

    /** A normalizer whose tokens are in every part of the vocabulary: the one dictionaries are built with. */
    public TextNormalizer() {
        this(Vocabulary.EVERYTHING);
    }

    private TextNormalizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A normalizer for documents, whose tokens are in the parts of {@code vocabulary} that hold one of their keys. */
    public TextNormalizer knowing(Vocabulary vocabulary) {
        return new TextNormalizer(vocabulary);
    }

    public List<Token> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = new ArrayList<>(Math.max(8, text.length() / 6));
        // Hashtags join words with "_" (#حرب_المواهب, #talent_war), which UAX#29 keeps as one word; a
        // space of the same length keeps every offset valid, and costs far less than a char filter.
        try (TokenStream stream = analyzer().tokenStream("", text.replace('_', ' '))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int length = term.length();
                if (length == 0) {
                    continue;
                }
                char[] buffer = term.buffer();
                Script script = Script.of(type.type(), buffer, length);
                String form = new String(buffer, 0, length);
                // Stemming in place is safe: the next incrementToken() overwrites the buffer anyway.
                int stemLength = stem(script, buffer, length);
                String stem = stemLength == length ? form : new String(buffer, 0, stemLength);
                tokens.add(Token.of(form, stem, offset.startOffset(), offset.endOffset(), script, vocabulary));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return tokens;
    }

    /** The normalized forms of a phrase such as a watch-list alias. */
    public List<String> forms(String phrase) {
        return tokens(phrase).stream().map(Token::form).toList();
    }

    /** The light stems of a phrase such as a topic term or a lexicon entry. */
    public List<String> stems(String phrase) {
        return tokens(phrase).stream().map(Token::stem).toList();
    }

    /** The Arabic light stem of an already normalized form (used after removing attached particles). */
    public static String arabicStem(String form) {
        char[] buffer = form.toCharArray();
        int length = ARABIC_STEMMER.stem(buffer, buffer.length);
        return length == buffer.length ? form : new String(buffer, 0, length);
    }

    private static int stem(Script script, char[] buffer, int length) {
        return switch (script) {
            case LATIN -> ENGLISH_STEMMER.stem(buffer, length);
            case ARABIC -> ARABIC_STEMMER.stem(buffer, length);
            default -> length;
        };
    }

    private Analyzer analyzer() {
        Analyzer current = analyzer;
        if (current == null) {
            synchronized (this) {
                current = analyzer;
                if (current == null) {
                    current = new MatchingAnalyzer();
                    analyzer = current;
                }
            }
        }
        return current;
    }
}

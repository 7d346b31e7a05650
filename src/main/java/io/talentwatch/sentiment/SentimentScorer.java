package io.talentwatch.sentiment;

import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.io.Serializable;
import java.util.List;

/**
 * Lexicon sentiment for English and Arabic in [-1, 1]: the sum of word and emoji valences, each
 * flipped (and damped) within {@value #NEGATION_REACH} words after a negator and scaled by an
 * intensifier, squashed by x / sqrt(x² + {@value #ALPHA}). Clause punctuation ends a negation.
 * Other languages score 0: there is no lexicon to read them with.
 */
public final class SentimentScorer implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int NEGATION_REACH = 3;
    static final double NEGATION = -0.75;
    static final double ALPHA = 15;
    private static final int BOOST_REACH = 2;
    private static final int NONE = -1_000_000;

    private final TextNormalizer normalizer;
    private transient volatile SentimentLexicon lexicon;

    public SentimentScorer() {
        this(new TextNormalizer());
    }

    public SentimentScorer(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** {@code language} is "en" or "ar" (anything else scores 0). */
    public double score(String text, String language) {
        if (text == null || text.isEmpty() || !scored(language)) {
            return 0.0;
        }
        return score(text, normalizer.tokens(text), language);
    }

    /** For callers that already hold {@code text}'s tokens from a {@link TextNormalizer}. */
    public double score(String text, List<Token> tokens, String language) {
        if (!scored(language)) {
            return 0.0;
        }
        SentimentLexicon words = lexicon();
        double sum = 0;
        int negationLeft = 0;
        double boost = 1;
        int boostLeft = 0;
        int lastScored = NONE;
        double lastValence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0 && clauseBreak(text, tokens.get(i - 1).end(), token.start())) {
                negationLeft = 0;
                boostLeft = 0;
                lastScored = NONE;
            }
            if (SentimentModifiers.negates(token, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
                negationLeft = NEGATION_REACH;
                continue;
            }
            double before = SentimentModifiers.before(token);
            if (before > 0) {
                boost = before;
                boostLeft = BOOST_REACH;
                continue;
            }
            double after = SentimentModifiers.after(token);
            if (after > 0 && i - lastScored <= BOOST_REACH) {
                sum += lastValence * (after - 1);
                lastScored = NONE;
                continue;
            }
            double valence = words.valence(token);
            if (valence != 0) {
                if (boostLeft > 0) {
                    valence *= boost;
                    boostLeft = 0;
                }
                if (negationLeft > 0) {
                    valence *= NEGATION;
                }
                sum += valence;
                lastScored = i;
                lastValence = valence;
            }
            negationLeft = Math.max(0, negationLeft - 1);
            boostLeft = Math.max(0, boostLeft - 1);
        }
        return sum / Math.sqrt(sum * sum + ALPHA);
    }

    private static boolean scored(String language) {
        return "en".equals(language) || "ar".equals(language);
    }

    /** Sentence or clause punctuation between two words: a negation does not reach across it. */
    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', ';', ':', ',', '\n', '\u061F', '\u061B', '\u060C' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private SentimentLexicon lexicon() {
        SentimentLexicon current = lexicon;
        if (current == null) {
            synchronized (this) {
                current = lexicon;
                if (current == null) {
                    current = SentimentLexicon.load(normalizer);
                    lexicon = current;
                }
            }
        }
        return current;
    }
}

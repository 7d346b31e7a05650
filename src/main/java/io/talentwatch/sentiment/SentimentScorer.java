package io.talentwatch.sentiment;

import io.talentwatch.text.Sentences;
import io.talentwatch.text.Sentences.Sentence;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.text.Vocabulary;
import java.io.Serializable;
import java.util.List;

/**
 * Lexicon sentiment for English and Arabic in [-1, 1]: the sum of word and emoji valences, each
 * flipped (and damped) within {@value #NEGATION_REACH} words after a negator ({@value #ARABIC_NEGATION_REACH}
 * after لم, لن, ليس, whose predicate comes later: "لم يكن قرار الشركة حكيما") and scaled by an
 * intensifier, squashed by x / sqrt(x² + {@value #ALPHA}). Clause punctuation ends a negation. A
 * contrast ("but", "لكن") halves what came before it in the sentence and weighs what follows by
 * {@value #AFTER_CONTRAST}, so "great pay but a toxic culture" reads negative. Sums are kept per
 * sentence, so a company's sentiment can be read from the sentences that name it. Other languages
 * score 0: there is no lexicon to read them with.
 */
public final class SentimentScorer implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int NEGATION_REACH = 3;
    static final int ARABIC_NEGATION_REACH = 5;
    static final double NEGATION = -0.75;
    static final double ALPHA = 15;
    static final double BEFORE_CONTRAST = 0.5;
    static final double AFTER_CONTRAST = 1.5;
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
        List<Token> tokens = normalizer.tokens(text);
        return squash(sum(sentenceSums(text, tokens, Sentences.of(text, tokens), language)));
    }

    /** A raw valence sum in [-1, 1]. */
    public static double squash(double sum) {
        return sum / Math.sqrt(sum * sum + ALPHA);
    }

    public static double sum(double[] sums) {
        double total = 0;
        for (double value : sums) {
            total += value;
        }
        return total;
    }

    /**
     * The valence sum of each sentence of a tokenized text (all zero for unscored languages); the
     * caller squashes the sentences it wants with {@link #squash}.
     */
    public double[] sentenceSums(String text, List<Token> tokens, List<Sentence> sentences, String language) {
        double[] sums = new double[sentences.size()];
        if (!scored(language) || tokens.isEmpty()) {
            return sums;
        }
        SentimentLexicon words = lexicon();
        int sentence = 0;
        double weight = 1;
        int negationLeft = 0;
        double boost = 1;
        int boostLeft = 0;
        int lastScored = NONE;
        double lastValence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (i >= sentences.get(sentence).to()) {
                sentence++;
                weight = 1;
            }
            if (i > 0 && Punctuation.clauseBreak(text, tokens.get(i - 1).end(), token.start())) {
                negationLeft = 0;
                boostLeft = 0;
                lastScored = NONE;
            }
            if (SentimentModifiers.mayModify(token)) {
                if (SentimentModifiers.contrasts(token, next)) {
                    sums[sentence] *= BEFORE_CONTRAST;
                    if (i == sentences.get(sentence).from() && sentence > 0) {
                        sums[sentence - 1] *= BEFORE_CONTRAST; // "... . But ..." turns on the sentence before
                    }
                    weight = AFTER_CONTRAST;
                    negationLeft = 0;
                    continue;
                }
                if (SentimentModifiers.negates(token, next)) {
                    negationLeft = SentimentModifiers.negatesAPredicate(token) ? ARABIC_NEGATION_REACH : NEGATION_REACH;
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
                    sums[sentence] += lastValence * (after - 1);
                    lastScored = NONE;
                    continue;
                }
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
                valence *= weight;
                sums[sentence] += valence;
                lastScored = i;
                lastValence = valence;
            }
            negationLeft = Math.max(0, negationLeft - 1);
            boostLeft = Math.max(0, boostLeft - 1);
        }
        return sums;
    }

    /** Adds every key a sentiment word or modifier is looked up by. */
    public void addTo(Vocabulary.Builder vocabulary) {
        vocabulary.add(Vocabulary.Part.SENTIMENT, lexicon().wordKeys());
        vocabulary.add(Vocabulary.Part.SENTIMENT, SentimentModifiers.forms());
    }

    private static boolean scored(String language) {
        return "en".equals(language) || "ar".equals(language);
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

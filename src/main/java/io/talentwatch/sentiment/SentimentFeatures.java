package io.talentwatch.sentiment;

import io.talentwatch.sentiment.model.FeatureBag;
import io.talentwatch.sentiment.model.FeatureHash;
import io.talentwatch.text.Script;
import io.talentwatch.text.Sentences.Sentence;
import io.talentwatch.text.Token;
import java.util.List;

/**
 * The hashed features the model reads, sentence by sentence: each word's light stem, marked as
 * negated from a negator to the end of its clause ("not good" and "good" are different features);
 * each pair of neighbouring stems; and, for Arabic, the character 3- and 4-grams of each word with its
 * edges marked, which carry roots through dialect spellings and attached letters. Emoji are words.
 */
final class SentimentFeatures {
    static final int WORD = 1;
    static final int NEGATED = 2;
    static final int PAIR = 3;
    static final int CHARS = 4;
    private static final int[] ARABIC_GRAMS = {3, 4};

    private final int bits;

    SentimentFeatures(int bits) {
        this.bits = bits;
    }

    int bits() {
        return bits;
    }

    /** Adds each sentence's features to {@code bag}, ending one bag sentence per text sentence. */
    void extract(String text, List<Token> tokens, List<Sentence> sentences, String language, FeatureBag bag) {
        boolean arabic = "ar".equals(language);
        StringBuilder edges = new StringBuilder(32);
        for (Sentence sentence : sentences) {
            boolean negated = false;
            int previous = 0;
            for (int i = sentence.from(); i < sentence.to(); i++) {
                Token token = tokens.get(i);
                Token next = i + 1 < sentence.to() ? tokens.get(i + 1) : null;
                if (i > sentence.from() && Punctuation.clauseBreak(text, tokens.get(i - 1).end(), token.start())) {
                    negated = false;
                    previous = 0;
                }
                String stem = token.script() == Script.EMOJI ? SentimentLexicon.bareEmoji(token.form()) : token.stem();
                int word = FeatureHash.full(stem, negated ? NEGATED : WORD);
                bag.add(word >>> (32 - bits));
                if (previous != 0) {
                    bag.add(FeatureHash.pair(previous, word, PAIR, bits));
                }
                previous = word;
                if (arabic && token.script() == Script.ARABIC) {
                    edges.setLength(0);
                    edges.append('<').append(token.form()).append('>');
                    for (int n : ARABIC_GRAMS) {
                        for (int at = 0; at + n <= edges.length(); at++) {
                            bag.add(FeatureHash.of(edges, at, at + n, CHARS + n, bits));
                        }
                    }
                }
                if (SentimentModifiers.negates(token, next) || (token.script() == Script.LATIN && negatesEnglish(token))) {
                    negated = true;
                }
            }
            bag.endSentence();
        }
    }

    private static boolean negatesEnglish(Token token) {
        String form = token.form();
        return form.endsWith("n't") || form.endsWith("n\u2019t") || RuleLexicons.get().vaderNegations.contains(form);
    }
}

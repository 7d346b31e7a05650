package io.talentwatch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a tokenized text into sentences at terminal punctuation between two tokens (. ! ? and the
 * Arabic ؟ ۔, or a line break). Working on the gaps between tokens costs nothing extra and keeps
 * "x.AI", "$1.5B" and "U.S" whole, because the tokenizer already kept them as one word.
 */
public final class Sentences {
    /** Tokens [{@code from}, {@code to}) of a text, covering chars [{@code start}, {@code end}). */
    public record Sentence(int from, int to, int start, int end) {
        public boolean contains(int tokenIndex) {
            return tokenIndex >= from && tokenIndex < to;
        }
    }

    private Sentences() {}

    public static List<Sentence> of(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || endsSentence(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
                sentences.add(new Sentence(from, i, tokens.get(from).start(), tokens.get(i - 1).end()));
                from = i;
            }
        }
        return sentences;
    }

    /** Whether token {@code i} is the first word of a sentence (so its capital letter proves nothing). */
    public static boolean startsSentence(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        int from = tokens.get(i - 1).end();
        int to = tokens.get(i).start();
        if (endsSentence(text, from, to)) {
            return true;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ':' || c == '"' || c == '\u201C') {
                return true; // a quote or a heading's colon starts a capitalized phrase too
            }
        }
        return false;
    }

    /** Terminal punctuation in the gap [{@code from}, {@code to}) between two words. */
    public static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', '\n', '\u061F', '\u06D4', '\u2026' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }
}

package io.talentwatch.sentiment;

import io.talentwatch.text.Sentences.Sentence;

/** The punctuation the rules read between words: clause breaks, and a sentence's '!' and '?' (with its closing marks). */
final class Punctuation {
    private Punctuation() {}

    /** Sentence or clause punctuation between two words: a negation does not reach across it. */
    static boolean clauseBreak(String text, int from, int to) {
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

    static int exclamations(String text, Sentence sentence) {
        return count(text, sentence, '!', '!');
    }

    /** '?' and the Arabic '؟'. */
    static int questions(String text, Sentence sentence) {
        return count(text, sentence, '?', '\u061F');
    }

    private static int count(String text, Sentence sentence, char mark, char alternative) {
        int n = 0;
        for (int i = sentence.start(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == mark || c == alternative) {
                n++;
            } else if (i >= sentence.end() && !(c == '!' || c == '?' || c == '\u061F' || Character.isWhitespace(c))) {
                break; // the marks that close this sentence, up to the next word
            }
        }
        return n;
    }
}

package io.talentwatch.text;

import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The writing system of a token: it decides which stemmer, clitic rules and lexicon apply. */
public enum Script {
    LATIN,
    ARABIC,
    EMOJI,
    /** Numbers, other scripts. */
    OTHER;

    static Script of(String tokenType, char[] term, int length) {
        if (StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI].equals(tokenType)) {
            return EMOJI;
        }
        if (length == 0) {
            return OTHER;
        }
        char first = term[0];
        if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
            return LATIN; // most words: skip the script table's binary search
        }
        if (first >= '\u0621' && first <= '\u064A') {
            return ARABIC;
        }
        return switch (Character.UnicodeScript.of(Character.codePointAt(term, 0, length))) {
            case LATIN -> LATIN;
            case ARABIC -> ARABIC;
            default -> OTHER;
        };
    }
}

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
        return switch (Character.UnicodeScript.of(Character.codePointAt(term, 0, length))) {
            case LATIN -> LATIN;
            case ARABIC -> ARABIC;
            default -> OTHER;
        };
    }
}

package io.talentwatch.text;

import java.util.List;

/**
 * One word of a text as matching sees it. {@code form} is normalized (lower case, no possessive,
 * Arabic letters unified); {@code stem} is its light stem (English plural folded; Arabic article
 * and suffixes removed). {@code start}/{@code end} are char offsets into the original text.
 * {@code nameKeys} and {@code termKeys} are its lookup keys ({@link TokenKeys}), worked out once:
 * the names, topic terms, flow cues and lexicons all look the token up by them.
 */
public record Token(String form, String stem, int start, int end, Script script, List<String> nameKeys,
        List<String> termKeys) {

    public Token {
        nameKeys = List.copyOf(nameKeys);
        termKeys = List.copyOf(termKeys);
    }

    public static Token of(String form, String stem, int start, int end, Script script) {
        return new Token(form, stem, start, end, script, TokenKeys.nameKeys(form, script),
                TokenKeys.termKeys(form, stem, script));
    }

    /** The token as written in {@code text}, the string it was read from. */
    public String surface(String text) {
        return text.substring(start, end);
    }
}

package io.talentwatch.text;

import java.util.List;

/**
 * One word of a text as matching sees it. {@code form} is normalized (lower case, no possessive,
 * Arabic letters unified); {@code stem} is its light stem (English plural folded; Arabic article
 * and suffixes removed). {@code start}/{@code end} are char offsets into the original text.
 * {@code nameKeys} and {@code termKeys} are its lookup keys ({@link TokenKeys}), worked out once:
 * the names, topic terms, flow cues and lexicons all look the token up by them. {@code parts} says
 * which parts of the {@link Vocabulary} its {@link TextNormalizer} was given hold one of its keys
 * or its form (bits of {@link Vocabulary.Part}): a scan skips the tokens its part does not hold,
 * without a lookup.
 */
public record Token(String form, String stem, int start, int end, Script script, List<String> nameKeys,
        List<String> termKeys, int parts) {

    public Token {
        nameKeys = List.copyOf(nameKeys);
        termKeys = List.copyOf(termKeys);
    }

    /** A token any lookup may find (no vocabulary to rule it out). */
    public static Token of(String form, String stem, int start, int end, Script script) {
        return of(form, stem, start, end, script, Vocabulary.EVERYTHING);
    }

    static Token of(String form, String stem, int start, int end, Script script, Vocabulary vocabulary) {
        List<String> withoutParticles = TokenKeys.withoutParticles(form, script);
        List<String> nameKeys = TokenKeys.nameKeys(form, withoutParticles);
        // Most English words are their own stem: one key list serves both
        List<String> termKeys = script == Script.LATIN && stem == form
                ? nameKeys : TokenKeys.termKeys(form, stem, script, withoutParticles);
        return new Token(form, stem, start, end, script, nameKeys, termKeys,
                vocabulary.partsOf(form, script, nameKeys, termKeys));
    }

    /** Whether {@code part} of the vocabulary may hold this word: if not, no lookup there can find it. */
    public boolean in(Vocabulary.Part part) {
        return (parts & part.bit()) != 0;
    }

    /** The token as written in {@code text}, the string it was read from. */
    public String surface(String text) {
        return text.substring(start, end);
    }
}

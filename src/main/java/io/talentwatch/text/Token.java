package io.talentwatch.text;

/**
 * One word of a text as matching sees it. {@code form} is normalized (lower case, no possessive,
 * Arabic letters unified); {@code stem} is its light stem (English plural folded; Arabic article
 * and suffixes removed). {@code start}/{@code end} are char offsets into the original text.
 */
public record Token(String form, String stem, int start, int end, Script script) {

    /** The token as written in {@code text}, the string it was read from. */
    public String surface(String text) {
        return text.substring(start, end);
    }
}

package io.talentwatch.text;

import java.io.Serializable;
import java.util.Locale;

/**
 * Tells English, Arabic and everything else apart by counting words per script, then function
 * words within the script. Diacritics and tatweel are skipped. Latin words in Arabic text are
 * nearly always names (OpenAI, Meta), so capitalized Latin words weigh half. The source's hint
 * decides only when the text is too short or too mixed to tell. No model: a single pass over chars.
 */
public final class LanguageDetector implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String ENGLISH = "en";
    public static final String ARABIC = "ar";
    public static final String OTHER = "other";

    /** Arabic vs Latin weights closer than this ratio are too mixed to tell by script alone. */
    private static final double MIXED_RATIO = 0.75;
    private static final int MAX_WORD = 32;
    /** Enough text to tell; a long article's first few hundred words say what the rest will. */
    static final int MAX_CHARS = 1_000;

    /** Returns "en", "ar" or "other". {@code hint} is the source's language tag (en, ar-EG, fr, ...) or null. */
    public String detect(String text, String hint) {
        String hinted = primaryLanguage(hint);
        if (text == null) {
            return fallback(hinted);
        }
        WordCounts counts = WordCounts.of(text);
        double arabic = counts.arabic;
        double latin = counts.latin;
        if (arabic + latin + counts.other == 0) {
            return fallback(hinted);
        }
        if (counts.other > arabic && counts.other > latin) {
            return OTHER;
        }
        if (arabic > 0 && latin > 0 && Math.min(arabic, latin) / Math.max(arabic, latin) >= MIXED_RATIO
                && (ENGLISH.equals(hinted) || ARABIC.equals(hinted))) {
            return hinted;
        }
        return arabic >= latin ? arabicScript(counts, hinted) : latinScript(counts, hinted);
    }

    private static String arabicScript(WordCounts counts, String hinted) {
        if (counts.persianUrdu > counts.arabicFunction) {
            return OTHER;
        }
        if (counts.persianUrdu == 0 && counts.arabicFunction == 0 && hinted != null && !ARABIC.equals(hinted)
                && !ENGLISH.equals(hinted)) {
            return OTHER; // an Arabic-script post from a Persian or Urdu source, too short to show it
        }
        return ARABIC;
    }

    private static String latinScript(WordCounts counts, String hinted) {
        if (counts.english > counts.otherLatin) {
            return ENGLISH;
        }
        if (counts.otherLatin > counts.english) {
            return OTHER;
        }
        if (counts.accented >= 2) {
            return OTHER;
        }
        return hinted == null ? ENGLISH : fallback(hinted);
    }

    private static String fallback(String hinted) {
        if (hinted == null) {
            return OTHER;
        }
        return ENGLISH.equals(hinted) || ARABIC.equals(hinted) ? hinted : OTHER;
    }

    /** "en-US" -> "en"; blank -> null. */
    private static String primaryLanguage(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String tag = hint.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < tag.length() && Character.isLetter(tag.charAt(cut))) {
            cut++;
        }
        return cut == 0 ? null : tag.substring(0, cut);
    }

    /** One pass over the text: words per script and the function words among them. */
    private static final class WordCounts {
        double arabic;
        double latin;
        double other;
        int english;
        int otherLatin;
        int arabicFunction;
        int persianUrdu;
        int accented;

        private final char[] word = new char[MAX_WORD];
        private int length;
        private Character.UnicodeScript script;
        private boolean capitalized;
        private boolean allUpper;
        private boolean hasAccent;
        private boolean hasPersianLetter;

        static WordCounts of(String text) {
            WordCounts counts = new WordCounts();
            int i = 0;
            int end = Math.min(text.length(), MAX_CHARS);
            while (i < end) {
                char c = text.charAt(i);
                if (c < 0x80) { // ASCII and the Arabic letters without table lookups: most chars of most texts
                    i++;
                    char lower = (char) (c | 0x20);
                    if (lower >= 'a' && lower <= 'z') {
                        counts.add(Character.UnicodeScript.LATIN, c, c <= 'Z', lower);
                    } else {
                        counts.endWord();
                    }
                    continue;
                }
                if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') {
                    i++;
                    counts.add(Character.UnicodeScript.ARABIC, c, false, unify(c));
                    continue;
                }
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp) && cp != '\u0640') {
                    counts.letter(cp);
                } else if (!inWord(cp)) {
                    counts.endWord();
                }
            }
            counts.endWord();
            return counts;
        }

        /** Latin (ASCII) and the Arabic block first: a table search per word start is the slow path. */
        private static Character.UnicodeScript scriptOf(int cp) {
            if (cp < 0x80) {
                return Character.UnicodeScript.LATIN;
            }
            if (cp >= 0x0621 && cp <= 0x064A) {
                return Character.UnicodeScript.ARABIC;
            }
            return Character.UnicodeScript.of(cp);
        }

        /** Marks and tatweel do not split a word; they are simply not letters. */
        private static boolean inWord(int cp) {
            int type = Character.getType(cp);
            return cp == '\u0640' || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT;
        }

        private void letter(int cp) {
            char lower = Character.isBmpCodePoint(cp) ? unify(Character.toLowerCase((char) cp)) : 0;
            add(scriptOf(cp), cp, Character.isUpperCase(cp), lower);
        }

        /** A letter of script {@code of}, lower-cased and unified in {@code lower} (0 outside the BMP: not kept). */
        private void add(Character.UnicodeScript of, int cp, boolean upper, char lower) {
            if (length == 0 && script == null) {
                script = of;
                capitalized = upper;
                allUpper = true;
            }
            allUpper &= upper;
            if (script == Character.UnicodeScript.LATIN && cp > 0x7f) {
                hasAccent = true;
            }
            if (isPersianUrduLetter(cp)) {
                hasPersianLetter = true;
            }
            if (length < MAX_WORD && lower != 0) {
                word[length++] = lower;
            }
        }

        private void endWord() {
            if (script == null) {
                return;
            }
            switch (script) {
                case ARABIC -> {
                    arabic += 1;
                    if (FunctionWords.ARABIC.contains(word, 0, length)) {
                        arabicFunction++;
                    }
                    if (hasPersianLetter || FunctionWords.PERSIAN_URDU.contains(word, 0, length)) {
                        persianUrdu++;
                    }
                }
                case LATIN -> {
                    latin += capitalized ? 0.5 : 1.0;
                    boolean acronym = allUpper && length > 1;
                    if (!acronym && FunctionWords.ENGLISH.contains(word, 0, length)) {
                        english++;
                    } else if (!acronym && FunctionWords.OTHER_LATIN.contains(word, 0, length)) {
                        otherLatin++;
                    }
                    if (hasAccent) {
                        accented++;
                    }
                }
                default -> other += 1;
            }
            length = 0;
            script = null;
            hasAccent = false;
            hasPersianLetter = false;
        }

        /** Alef variants, ى and ة as the Arabic function-word list spells them; Persian letters stay. */
        private static char unify(char c) {
            return switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0649' -> '\u064A';
                case '\u0629' -> '\u0647';
                default -> c;
            };
        }

        /** Letters Arabic does not use: Persian پ چ ژ گ, Urdu ٹ ڈ ڑ ں ہ ے. */
        private static boolean isPersianUrduLetter(int cp) {
            return cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF
                    || cp == 0x0679 || cp == 0x0688 || cp == 0x0691 || cp == 0x06BA || cp == 0x06C1 || cp == 0x06D2;
        }
    }
}

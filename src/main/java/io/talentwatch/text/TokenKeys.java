package io.talentwatch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lookup keys a token can match under, most literal first. Names match on the whole normalized
 * form (an attached و/ب/ل/... may be removed when at least {@value #NAME_MIN_REMAINDER} letters
 * remain); terms (topic vocabulary, sentiment lexicons) match on light stems.
 */
public final class TokenKeys {
    public static final int NAME_MIN_REMAINDER = 4;
    public static final int TERM_MIN_REMAINDER = 3;
    private static final char ACCUSATIVE_ALEF = '\u0627';

    private TokenKeys() {}

    /** The token's name keys, as worked out once when it was read. */
    public static List<String> nameKeys(Token token) {
        return token.nameKeys();
    }

    static List<String> nameKeys(String form, Script script) {
        if (script != Script.ARABIC) {
            return List.of(form);
        }
        return withFirst(form, ArabicProclitics.stripped(form, NAME_MIN_REMAINDER), false);
    }

    /** The token's term keys, as worked out once when it was read. */
    public static List<String> termKeys(Token token) {
        return token.termKeys();
    }

    static List<String> termKeys(String form, String stem, Script script) {
        if (script != Script.ARABIC) {
            return List.of(stem);
        }
        List<String> keys = withFirst(stem, ArabicProclitics.stripped(form, TERM_MIN_REMAINDER), true);
        int length = form.length();
        if (length > TERM_MIN_REMAINDER && form.charAt(length - 1) == ACCUSATIVE_ALEF) {
            // جيداً is written جيدا once the tanween is gone: also try it as جيد
            keys = new ArrayList<>(keys);
            keys.add(TextNormalizer.arabicStem(form.substring(0, length - 1)));
        }
        return keys;
    }

    private static List<String> withFirst(String first, List<String> stripped, boolean stem) {
        if (stripped.isEmpty()) {
            return List.of(first);
        }
        List<String> keys = new ArrayList<>(stripped.size() + 1);
        keys.add(first);
        for (String form : stripped) {
            keys.add(stem ? TextNormalizer.arabicStem(form) : form);
        }
        return keys;
    }
}

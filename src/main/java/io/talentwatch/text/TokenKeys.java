package io.talentwatch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lookup keys a token can match under, most literal first, each once. Names match on the whole
 * normalized form (an attached و/ب/ل/... may be removed when at least {@value #NAME_MIN_REMAINDER}
 * letters remain); terms (topic vocabulary, sentiment lexicons) match on light stems.
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

    /** The token's term keys, as worked out once when it was read. */
    public static List<String> termKeys(Token token) {
        return token.termKeys();
    }

    /** The forms without their attached particles that either kind of key may use (names need longer ones). */
    static List<String> withoutParticles(String form, Script script) {
        return script == Script.ARABIC ? ArabicProclitics.stripped(form, TERM_MIN_REMAINDER) : List.of();
    }

    static List<String> nameKeys(String form, List<String> withoutParticles) {
        List<String> keys = null;
        for (String stripped : withoutParticles) {
            if (stripped.length() >= NAME_MIN_REMAINDER) {
                keys = keys == null ? first(form) : keys;
                keys.add(stripped);
            }
        }
        return keys == null ? List.of(form) : List.copyOf(keys);
    }

    static List<String> termKeys(String form, String stem, Script script, List<String> withoutParticles) {
        if (script != Script.ARABIC) {
            return List.of(stem);
        }
        List<String> keys = first(stem);
        for (String stripped : withoutParticles) {
            addNew(keys, TextNormalizer.arabicStem(stripped));
        }
        int length = form.length();
        if (length > TERM_MIN_REMAINDER && form.charAt(length - 1) == ACCUSATIVE_ALEF) {
            // جيداً is written جيدا once the tanween is gone: also try it as جيد
            addNew(keys, TextNormalizer.arabicStem(form.substring(0, length - 1)));
        }
        return keys.size() == 1 ? List.of(stem) : List.copyOf(keys);
    }

    private static List<String> first(String key) {
        List<String> keys = new ArrayList<>(4);
        keys.add(key);
        return keys;
    }

    /** والباحثين and الباحثين have one stem: each key is looked up once. */
    private static void addNew(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }
}

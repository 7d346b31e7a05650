package io.talentwatch.flow;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits as 0-9, so one number pattern reads every script. */
final class WesternDigits {
    private WesternDigits() {}

    static String of(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = (c >= '\u0660' && c <= '\u0669') ? c - '\u0660' : (c >= '\u06F0' && c <= '\u06F9') ? c - '\u06F0' : -1;
            if (value >= 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + value);
            }
        }
        return chars == null ? text : new String(chars);
    }
}

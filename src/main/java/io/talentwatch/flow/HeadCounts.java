package io.talentwatch.flow;

import java.util.Map;
import java.util.OptionalInt;

/**
 * How many people a number word or numeral stands for: "3", "٣", "three", "a dozen", "ثلاثة".
 * Arabic forms are normalized like document text (ة→ه, أ→ا). Vague words (several, عدة) give nothing.
 */
final class HeadCounts {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dozen", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("hundred", 100),
            Map.entry("واحد", 1), Map.entry("اثنان", 2), Map.entry("اثنين", 2), Map.entry("اثنتين", 2),
            Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3), Map.entry("اربع", 4), Map.entry("اربعه", 4),
            Map.entry("خمس", 5), Map.entry("خمسه", 5), Map.entry("ست", 6), Map.entry("سته", 6),
            Map.entry("سبع", 7), Map.entry("سبعه", 7), Map.entry("ثماني", 8), Map.entry("ثمانيه", 8),
            Map.entry("تسع", 9), Map.entry("تسعه", 9), Map.entry("عشر", 10), Map.entry("عشره", 10),
            Map.entry("عشرين", 20), Map.entry("عشرون", 20), Map.entry("ثلاثين", 30), Map.entry("ثلاثون", 30),
            Map.entry("اربعين", 40), Map.entry("خمسين", 50), Map.entry("مئه", 100), Map.entry("مائه", 100));

    private HeadCounts() {}

    /** The count a normalized token form stands for, if any. */
    static OptionalInt of(String form) {
        Integer word = WORDS.get(form);
        if (word != null) {
            return OptionalInt.of(word);
        }
        if (form.isEmpty() || form.length() > 6 || !allDigits(form)) {
            return OptionalInt.empty(); // most words: ruled out on their first letter
        }
        int value = Integer.parseInt(WesternDigits.of(form));
        return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    private static boolean allDigits(String form) {
        for (int i = 0; i < form.length(); i++) {
            if (!Character.isDigit(form.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "two dozen": a number word before "dozen" multiplies it. */
    static boolean isDozen(String form) {
        return "dozen".equals(form) || "dozens".equals(form);
    }
}

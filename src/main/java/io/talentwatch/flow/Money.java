package io.talentwatch.flow;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US-dollar amounts as news writes them: "$100 million", "$100M", "US$1.5bn", "100 million dollars",
 * "١٠٠ مليون دولار", "مئة مليون دولار", "مليار دولار". The largest amount in a text wins: a package is
 * usually quoted next to smaller figures (a salary, a bonus), and the package is what analysts ask for.
 */
final class Money {
    private static final String NUMBER = "(\\d[\\d,]*(?:[.\\u066B]\\d+)?)";
    private static final Pattern DOLLAR_SIGN = Pattern.compile(
            "(?:US)?\\$\\s?" + NUMBER + "\\s*(billion|bn|b|million|mln|mn|m|thousand|k)?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOLLAR_WORD = Pattern.compile(
            NUMBER + "\\s*(billion|million|thousand|bn|mn|m)?\\s*(?:US\\s)?(?:dollars|usd)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_DOLLAR = Pattern.compile(
            "\\b(a|one|two|three|five|ten|a hundred|one hundred|hundreds of)\\s+(billion|million)\\s+dollars?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Arabic: digits (either kind) or a number word, then ألف/مليون/مليار, then دولار. */
    private static final Pattern ARABIC = Pattern.compile(
            "(?:" + NUMBER + "|(مئة|مائة|مئات|ألف|الف|عشرة|عشرات))?\\s*(ألف|الف|مليون|ملايين|مليار|مليارات)\\s+(?:ال)?دولار");

    private Money() {}

    static OptionalLong largestIn(String text) {
        String digits = WesternDigits.of(text);
        long best = -1;
        Matcher m = DOLLAR_SIGN.matcher(digits);
        while (m.find()) {
            best = Math.max(best, amount(m.group(1), m.group(2)));
        }
        m = DOLLAR_WORD.matcher(digits);
        while (m.find()) {
            best = Math.max(best, amount(m.group(1), m.group(2)));
        }
        m = WORD_DOLLAR.matcher(digits);
        while (m.find()) {
            best = Math.max(best, wordAmount(m.group(1)) * scale(m.group(2)));
        }
        m = ARABIC.matcher(digits);
        while (m.find()) {
            double base = m.group(1) != null ? number(m.group(1)) : m.group(2) != null ? arabicWord(m.group(2)) : 1;
            best = Math.max(best, Math.round(base * arabicScale(m.group(3))));
        }
        return best > 0 ? OptionalLong.of(best) : OptionalLong.empty();
    }

    private static long amount(String number, String unit) {
        return Math.round(number(number) * (unit == null ? 1 : scale(unit)));
    }

    private static double number(String written) {
        return Double.parseDouble(written.replace(",", "").replace('\u066B', '.'));
    }

    private static long scale(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "billion", "bn", "b" -> 1_000_000_000L;
            case "million", "mln", "mn", "m" -> 1_000_000L;
            case "thousand", "k" -> 1_000L;
            default -> 1L;
        };
    }

    private static long wordAmount(String words) {
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            case "five" -> 5;
            case "ten" -> 10;
            case "a hundred", "one hundred", "hundreds of" -> 100;
            default -> 1;
        };
    }

    private static double arabicWord(String word) {
        return switch (word) {
            case "مئة", "مائة", "مئات" -> 100;
            case "ألف", "الف" -> 1000;
            case "عشرة", "عشرات" -> 10;
            default -> 1;
        };
    }

    private static long arabicScale(String unit) {
        return switch (unit) {
            case "مليار", "مليارات" -> 1_000_000_000L;
            case "مليون", "ملايين" -> 1_000_000L;
            default -> 1_000L;
        };
    }
}

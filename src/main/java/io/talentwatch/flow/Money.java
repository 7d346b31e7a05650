package io.talentwatch.flow;

import java.util.ArrayList;
import java.util.List;
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

    /** How far before (or after "$") its currency mark an amount may be written. */
    private static final int WINDOW = 40;

    private Money() {}

    /** A dollar amount and where its currency word or sign stands in the text. */
    record Amount(int at, long usd) {}

    /** Every dollar amount in the text, in text order. */
    static List<Amount> amountsIn(String text) {
        // Patterns run only around a "$", "dollar", "usd" or "دولار": most texts name no money, and
        // trying every pattern at every position of a long article cost more than the rest of enrichment.
        List<Amount> amounts = new ArrayList<>();
        String digits = null;
        for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) {
            digits = digits == null ? WesternDigits.of(text) : digits;
            Matcher m = DOLLAR_SIGN.matcher(digits).region(at, Math.min(digits.length(), at + WINDOW));
            if (m.lookingAt()) {
                amounts.add(new Amount(at, amount(m.group(1), m.group(2))));
            }
        }
        for (int at : indexesOf(text, "dollar", "usd")) {
            digits = digits == null ? WesternDigits.of(text) : digits;
            int from = Math.max(0, at - WINDOW);
            int to = Math.min(digits.length(), at + 8);
            Matcher m = DOLLAR_WORD.matcher(digits).region(from, to);
            if (m.find()) {
                amounts.add(new Amount(at, amount(m.group(1), m.group(2))));
            }
            m = WORD_DOLLAR.matcher(digits).region(from, to);
            if (m.find()) {
                amounts.add(new Amount(at, wordAmount(m.group(1)) * scale(m.group(2))));
            }
        }
        for (int at = text.indexOf("دولار"); at >= 0; at = text.indexOf("دولار", at + 1)) {
            digits = digits == null ? WesternDigits.of(text) : digits;
            Matcher m = ARABIC.matcher(digits).region(Math.max(0, at - WINDOW), Math.min(digits.length(), at + 8));
            if (m.find()) {
                double base = m.group(1) != null ? number(m.group(1)) : m.group(2) != null ? arabicWord(m.group(2)) : 1;
                amounts.add(new Amount(at, Math.round(base * arabicScale(m.group(3)))));
            }
        }
        amounts.removeIf(a -> a.usd() <= 0);
        amounts.sort(java.util.Comparator.comparingInt(Amount::at));
        return amounts;
    }

    /** The largest amount in the whole text. */
    static OptionalLong largestIn(String text) {
        return largestBetween(amountsIn(text), 0, text.length());
    }

    /** The largest amount whose currency mark lies in [{@code from}, {@code to}). */
    static OptionalLong largestBetween(List<Amount> amounts, int from, int to) {
        long best = -1;
        for (Amount amount : amounts) {
            if (amount.at() >= from && amount.at() < to) {
                best = Math.max(best, amount.usd());
            }
        }
        return best > 0 ? OptionalLong.of(best) : OptionalLong.empty();
    }

    /** Where any of the words starts, in lower, upper or title case (String.indexOf is the fast path). */
    private static List<Integer> indexesOf(String text, String... lowerCaseWords) {
        List<Integer> found = new ArrayList<>();
        for (String word : lowerCaseWords) {
            String upper = word.toUpperCase(Locale.ROOT);
            String title = upper.charAt(0) + word.substring(1);
            for (String spelling : new String[] {word, upper, title}) {
                for (int at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
                    found.add(at);
                }
            }
        }
        found.sort(null);
        return found;
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

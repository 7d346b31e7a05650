package io.talentwatch.samples;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the placeholders of {@link TextPool} templates for one item at a time. */
final class TemplateFiller {

    /** {@code {slot}} or, in Arabic, {@code {و+slot}} with a one-letter prefix glued on. */
    private static final Pattern SLOT = Pattern.compile("\\{(?:([وبلف])\\+)?(\\w+)}");
    private static final int[] ENGLISH_COUNTS = {12, 15, 20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150, 200, 250, 300};
    /** 11..99 only, so the Arabic counted noun can always be singular accusative. */
    private static final int[] ARABIC_COUNTS = {12, 15, 20, 25, 30, 40, 45, 50, 60, 75, 80, 90};

    private final Random rng;

    TemplateFiller(Random rng) {
        this.rng = rng;
    }

    /** A fill context: slots used twice in one item (title and text) get the same value. */
    Context context(Lang lang, Company co, Company co2, Instant at) {
        return new Context(lang, co, co2, at);
    }

    final class Context {
        private final Lang lang;
        private final Company co;
        private final Company co2;
        private final Instant at;
        private final Map<String, String> memo = new HashMap<>();
        /** Some Arabic items write numbers with Arabic-Indic digits. */
        private final boolean indicDigits;

        private Context(Lang lang, Company co, Company co2, Instant at) {
            this.lang = lang;
            this.co = co;
            this.co2 = co2;
            this.at = at;
            this.indicDigits = lang == Lang.AR && rng.nextInt(5) == 0;
        }

        String fill(String template) {
            Matcher m = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = value(m.group(2));
                if (m.group(1) != null) {
                    value = attachPrefix(m.group(1), value);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String value(String slot) {
            return switch (slot) {
                // Company and people names vary from one mention to the next, as in real text.
                case "co" -> pick(co.names(lang));
                case "co2" -> pick(co2.names(lang));
                case "boss" -> pick(co.bosses(lang));
                case "boss2" -> pick(co2.bosses(lang));
                case "product" -> co.product(lang);
                case "product2" -> co2.product(lang);
                default -> memo.computeIfAbsent(slot, this::fresh);
            };
        }

        private String fresh(String slot) {
            return switch (slot) {
                case "fact" -> fact(co);
                case "n" -> digits(String.valueOf(
                        lang == Lang.EN ? ENGLISH_COUNTS[rng.nextInt(ENGLISH_COUNTS.length)]
                                : ARABIC_COUNTS[rng.nextInt(ARABIC_COUNTS.length)]));
                case "pct" -> digits(String.valueOf(8 + rng.nextInt(23)));
                case "temp" -> digits(String.valueOf(44 + rng.nextInt(6)));
                default -> {
                    List<String> words = (lang == Lang.EN ? Vocabulary.ENGLISH : Vocabulary.ARABIC).get(slot);
                    if (words == null) {
                        throw new IllegalArgumentException("unknown slot {" + slot + "}");
                    }
                    yield pick(words);
                }
            };
        }

        private String fact(Company company) {
            List<Vocabulary.Fact> usable = Vocabulary.FACTS.stream()
                    .filter(f -> f.company() == company && !f.from().isAfter(at))
                    .toList();
            return pick(usable).text(lang);
        }

        private String digits(String western) {
            if (!indicDigits) {
                return western;
            }
            StringBuilder sb = new StringBuilder();
            for (char c : western.toCharArray()) {
                sb.append(Character.isDigit(c) ? (char) ('\u0660' + (c - '0')) : c);
            }
            return sb.toString();
        }
    }

    /**
     * Glues an Arabic one-letter prefix (and, but, for, with) onto a word: "لميتا", "وأوبن إيه آي".
     * A Latin brand gets the usual kashida bridge instead: "لـOpenAI", or a space after "و".
     */
    static String attachPrefix(String prefix, String word) {
        char first = word.charAt(0);
        boolean latin = first < 0x0600;
        if (!latin) {
            return prefix + word;
        }
        return "و".equals(prefix) ? prefix + " " + word : prefix + "ـ" + word;
    }

    <T> T pick(List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }
}

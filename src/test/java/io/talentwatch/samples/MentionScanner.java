package io.talentwatch.samples;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deliberately simple matcher the generator uses to keep its promises (at most two Meta items in
 * any hour before the burst, no accidental spikes elsewhere) and to print the summary. It counts a
 * company when its name or its leader's name appears; it is not the pipeline's matcher.
 */
final class MentionScanner {

    /** Harakat, superscript alef and tatweel: invisible to a reader, so removed before matching. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\u064B-\u0652\u0670\u0640]");
    private static final String WORD_START = "(?<![\\p{L}\\p{N}_-])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}_-])";
    /** Arabic one-letter prefixes (and, with, for, so) that attach to the following word. */
    private static final String AR_PREFIX = "[وبلف]?";

    private static final Map<Company, Pattern> PATTERNS = new EnumMap<>(Company.class);

    static {
        put(Company.OPENAI, "OpenAI|Altman", "اوبن ايه اي|التمان");
        put(Company.META, "Meta|Zuckerberg|Zuck", "ميتا|زوكربيرغ|زوكربيرج");
        put(Company.GOOGLE, "Google|DeepMind|Hassabis", "جوجل|غوغل|ديب مايند|هاسابيس");
        put(Company.ANTHROPIC, "Anthropic|Amodei", "انثروبيك|امودي");
        put(Company.MICROSOFT, "Microsoft|Nadella", "مايكروسوفت|ميكروسوفت|ناديلا");
        put(Company.APPLE, "Apple|Tim Cook|Cook", "ابل|تيم كوك");
        put(Company.XAI, "xAI|Elon Musk|Musk", "اكس ايه اي|ماسك");
    }

    private static void put(Company company, String latin, String arabic) {
        String pattern = WORD_START + "(?:(?:" + latin + ")|" + AR_PREFIX + "(?:" + arabic + "))" + WORD_END;
        PATTERNS.put(company, Pattern.compile(pattern));
    }

    private MentionScanner() {
    }

    /** The companies an item mentions, in its title or text. */
    static Set<Company> companies(FeedItem item) {
        String text = normalize((item.title() == null ? "" : item.title() + "\n") + item.text());
        Set<Company> found = EnumSet.noneOf(Company.class);
        PATTERNS.forEach((company, pattern) -> {
            if (pattern.matcher(text).find()) {
                found.add(company);
            }
        });
        return found;
    }

    static String normalize(String text) {
        return ARABIC_MARKS.matcher(text)
                .replaceAll("")
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
    }
}

package io.talentwatch.samples;

import java.util.List;

/**
 * The companies the sample feed talks about, with the surface forms the text uses. Arabic forms
 * deliberately vary (hamza or not, Latin brand inside Arabic text, tatweel, a diacritic) so the
 * entity matcher has something to normalise. Forms listed more than once are simply more likely.
 */
enum Company {
    OPENAI(
            List.of("OpenAI"),
            List.of("أوبن إيه آي", "أوبن إيه آي", "أوبن إيه آي", "اوبن ايه اي", "اوبن ايه اي", "OpenAI", "OpenAI"),
            List.of("Sam Altman", "Sam Altman", "Altman"),
            List.of("سام ألتمان", "سام ألتمان", "سام آلتمان", "ألتمان"),
            "ChatGPT", "تشات جي بي تي", 13),
    META(
            List.of("Meta"),
            List.of("ميتا", "ميتا", "ميتا", "ميتا", "ميتا", "ميتا", "ميـتا", "مِيتا"),
            List.of("Mark Zuckerberg", "Mark Zuckerberg", "Zuckerberg"),
            List.of("مارك زوكربيرغ", "زوكربيرغ", "مارك زوكربيرج", "زوكربيرج"),
            "Llama", "لاما", 10),
    GOOGLE(
            List.of("Google DeepMind", "Google DeepMind", "Google", "DeepMind"),
            List.of("جوجل", "جوجل", "غوغل", "غوغل", "ديب مايند", "جوجل ديب مايند", "غوغل ديب مايند"),
            List.of("Demis Hassabis", "Demis Hassabis", "Hassabis"),
            List.of("ديميس هاسابيس", "ديميس هاسابيس", "هاسابيس"),
            "Gemini", "جيميناي", 12),
    ANTHROPIC(
            List.of("Anthropic"),
            List.of("أنثروبيك", "أنثروبيك", "أنثروبيك", "انثروبيك", "Anthropic"),
            List.of("Dario Amodei", "Dario Amodei", "Amodei"),
            List.of("داريو أمودي", "داريو أمودي", "أمودي"),
            "Claude", "كلود", 9),
    MICROSOFT(
            List.of("Microsoft"),
            List.of("مايكروسوفت", "مايكروسوفت", "مايكروسوفت", "ميكروسوفت"),
            List.of("Satya Nadella", "Satya Nadella", "Nadella"),
            List.of("ساتيا ناديلا", "ساتيا ناديلا", "ناديلا"),
            "Copilot", "كوبايلوت", 10),
    APPLE(
            List.of("Apple"),
            List.of("آبل", "آبل", "أبل", "أبل"),
            List.of("Tim Cook", "Tim Cook", "Cook"),
            List.of("تيم كوك"),
            "Siri", "سيري", 9),
    XAI(
            List.of("xAI"),
            List.of("إكس إيه آي", "xAI"),
            List.of("Elon Musk", "Elon Musk", "Musk"),
            List.of("إيلون ماسك", "ايلون ماسك", "ماسك"),
            "Grok", "غروك", 7);

    final List<String> english;
    final List<String> arabic;
    final List<String> bossEnglish;
    final List<String> bossArabic;
    final String productEnglish;
    final String productArabic;
    /** Relative share of background mentions. */
    final int weight;

    Company(List<String> english, List<String> arabic, List<String> bossEnglish, List<String> bossArabic,
            String productEnglish, String productArabic, int weight) {
        this.english = english;
        this.arabic = arabic;
        this.bossEnglish = bossEnglish;
        this.bossArabic = bossArabic;
        this.productEnglish = productEnglish;
        this.productArabic = productArabic;
        this.weight = weight;
    }

    List<String> names(Lang lang) {
        return lang == Lang.EN ? english : arabic;
    }

    List<String> bosses(Lang lang) {
        return lang == Lang.EN ? bossEnglish : bossArabic;
    }

    String product(Lang lang) {
        return lang == Lang.EN ? productEnglish : productArabic;
    }
}

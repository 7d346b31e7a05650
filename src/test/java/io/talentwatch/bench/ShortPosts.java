package io.talentwatch.bench;

import static io.talentwatch.bench.Vocabulary.pick;

import io.talentwatch.bench.Vocabulary.Company;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Social posts of 10 to 30 words, about 60% English and 40% Arabic: a quarter about poaching
 * between watched labs, almost half about a watched company otherwise, the rest naming none (some
 * with the traps the matcher must not fall into: "meta-analysis", "apple pie", an unwatched firm).
 * Replies, openers, emoji, hashtags and links as posts have them.
 */
final class ShortPosts {
    static final int MIN_WORDS = 10;
    static final int MAX_WORDS = 30;

    private static final List<String> POACHING_EN = List.of(
            "{A} just poached {n} senior researchers from {B}. The talent war is getting wild",
            "Word is {A} offered a {money} signing bonus to lure away {B}'s best {role}s",
            "{PA} is personally messaging people at {B} to recruit them. That's how you know the talent war is real",
            "Another {B} researcher defected to {A} this week, the third one this month",
            "If {A} keeps hiring away {B}'s best people, who is left at {B} to ship anything?",
            "The compensation package {A} put on the table for ex-{B} staff is honestly insane",
            "Not surprised {B} is losing people to {A}: better offers, more compute, less bureaucracy",
            "{B} reportedly countered {A}'s offers with retention bonuses. Too little, too late?",
            "Hearing {A} hired away the lead of {B}'s {team} team. Huge loss for them");
    private static final List<String> COMPANY_EN = List.of(
            "{A}'s new {product} is honestly impressive, but the pricing is terrible",
            "Tried the latest {A} update today and I love it. Way better than last month",
            "Is it just me or has {A} been really quiet since the {city} event?",
            "{PA} says the next release will be a huge step forward. I'm not convinced",
            "Big week for {A} and {B}: two launches, zero surprises",
            "Disappointing keynote from {A}. Great demos, weak answers on safety and privacy",
            "{A} stock is up again after earnings. Analysts sound happy, I'm still skeptical",
            "Our team switched from {B} to {A} for {field} and the results are excellent so far",
            "{A} outage for the second time this week. Not a good look",
            "Watching {PA}'s interview about {field}. Some good points, some pure marketing",
            "{A} vs {B} on {field} benchmarks is the least interesting debate on my timeline");
    private static final List<String> NOISE_EN = List.of(
            "Coffee, code review, and a 40 minute build. Living the dream",
            "Anyone in {city} hiring {role}s? Asking for a friend who is great at it",
            "Reading a meta-analysis on remote work and productivity. The results are surprisingly mixed",
            "Made apple pie for the team offsite and it was gone in ten minutes",
            "{C} earnings tomorrow and everyone on my timeline is nervous about it",
            "Our {team} team finally fixed the flaky test that haunted us for months. Small wins",
            "Flight to {city} delayed three hours again. At least the airport wifi works",
            "Hot take: most dashboards are never looked at after the first week",
            "Spent the weekend learning {field}. Hard but really fun");

    private static final List<String> POACHING_AR = List.of(
            "{A} استقطبت {n} من كبار الباحثين في {B} هذا الأسبوع. حرب المواهب مشتعلة",
            "يقال إن {A} عرضت مكافآت التوقيع بالملايين لاستقطاب مهندسي {B}",
            "{PA} يتصل بنفسه بالباحثين في {B} لإقناعهم بالانتقال. هذه حرب المواهب فعلاً",
            "انشقاق جديد: باحث بارز يغادر {B} وينضم إلى {A}",
            "حزمة تعويضات خيالية من {A} لموظفي {B} السابقين، هل يستحق الأمر؟",
            "{A} تستقطب الباحثين من كل مكان، و{B} تخسر أفضل فرقها",
            "عروض {A} للباحثين في {B} وصلت إلى {money} حسب ما يتداوله الجميع",
            "رئيس فريق {team} في {B} انتقل إلى {A}. خسارة كبيرة لهم");
    private static final List<String> COMPANY_AR = List.of(
            "{product} الجديد من {A} رائع بصراحة، لكن السعر مرتفع جداً",
            "جربت تحديث {A} اليوم وأعجبني كثيراً، أفضل من الإصدار السابق",
            "مؤتمر {A} في {city} كان مخيباً للآمال، عروض جميلة وإجابات ضعيفة",
            "{PA} يقول إن الإصدار القادم سيكون نقلة كبيرة، لست مقتنعاً",
            "أسبوع حافل لـ{A} و{B}: إطلاقات جديدة ومنافسة قوية",
            "انقطاع خدمة {A} للمرة الثانية هذا الأسبوع، أمر مزعج حقاً",
            "فريقنا انتقل من {B} إلى {A} في مشاريع {field} والنتائج ممتازة حتى الآن",
            "هل لاحظتم أن {A} أصبحت أكثر حذراً في الفترة الأخيرة؟",
            "مقابلة {PA} عن {field} كانت مفيدة، لكن فيها الكثير من التسويق");
    private static final List<String> NOISE_AR = List.of(
            "صباح الخير من {city}، القهوة أولاً ثم الاجتماعات الطويلة",
            "هل يوجد أحد في {city} يبحث عن {role}؟ صديقي يبحث عن عمل جديد",
            "قرأت اليوم مقالاً جميلاً عن مستقبل التعليم في العالم العربي",
            "زحمة الطريق في {city} اليوم لا تطاق، ساعتان في السيارة",
            "نتائج {C} المالية غداً والجميع متوتر في السوق",
            "أخيراً أصلح فريق {team} الاختبار المتقطع الذي أزعجنا لأشهر");

    private static final List<String> OPENERS_EN = List.of("Hot take:", "BREAKING:", "lol", "Honestly,", "Okay so",
            "Thread:", "PSA:");
    private static final List<String> OPENERS_AR = List.of("عاجل:", "رأيي:", "بصراحة،", "للأسف", "خبر مهم:");
    private static final List<String> FOLLOW_UPS_EN = List.of("Wild times.", "Not great for anyone.",
            "Can't wait to see what they ship next.", "This will not end well.", "Good for them, honestly.",
            "Thoughts?", "More details soon.");
    private static final List<String> FOLLOW_UPS_AR = List.of("أوقات مجنونة.", "ليس خبراً جيداً لأحد.",
            "متحمس لما سيأتي.", "لن ينتهي هذا بخير.", "ما رأيكم؟", "التفاصيل قريباً.");

    private final Random rng;

    ShortPosts(Random rng) {
        this.rng = rng;
    }

    byte[] next(int index) {
        boolean arabic = rng.nextDouble() < Corpus.ARABIC_SHARE;
        String text;
        do {
            text = text(arabic);
        } while (!fits(text));
        String id = Long.toString(1_900_000_000_000_000_000L + index * 7_919L + rng.nextInt(7_919));
        String source = pick(rng, Vocabulary.SOCIAL_SOURCES);
        String handle = pick(rng, Vocabulary.HANDLES);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("kind", "social");
        item.put("source", source);
        item.put("url", "https://" + source + "/" + handle.substring(1) + "/status/" + id);
        item.put("author", arabic && rng.nextBoolean() ? pick(rng, Vocabulary.AUTHORS_AR) : handle);
        item.put("text", text);
        if (rng.nextInt(5) == 0) {
            item.put("lang", arabic ? "ar" : "en");
        }
        item.put("published", Corpus.published(rng, index, 23));
        return Corpus.line(item);
    }

    private String text(boolean arabic) {
        Company a = pick(rng, Vocabulary.WATCHED);
        Company b;
        do {
            b = pick(rng, Vocabulary.WATCHED);
        } while (b == a);
        Filler filler = new Filler(rng, arabic, a, b, pick(rng, Vocabulary.UNWATCHED));
        double kind = rng.nextDouble();
        List<String> templates = kind < 0.25 ? (arabic ? POACHING_AR : POACHING_EN)
                : kind < 0.70 ? (arabic ? COMPANY_AR : COMPANY_EN)
                : (arabic ? NOISE_AR : NOISE_EN);

        StringBuilder post = new StringBuilder(200);
        if (rng.nextInt(8) == 0) {
            post.append(pick(rng, Vocabulary.HANDLES)).append(' ');
        }
        if (rng.nextInt(8) == 0) {
            post.append(pick(rng, arabic ? OPENERS_AR : OPENERS_EN)).append(' ');
        }
        post.append(filler.fill(pick(rng, templates)));
        if (rng.nextInt(3) == 0) {
            char last = post.charAt(post.length() - 1);
            post.append(last == '?' || last == '\u061F' || last == '.' ? " " : ". ")
                    .append(pick(rng, arabic ? FOLLOW_UPS_AR : FOLLOW_UPS_EN));
        }
        if (rng.nextBoolean()) {
            double mood = rng.nextDouble();
            List<String> emoji = mood < 0.4 ? Vocabulary.EMOJI_POSITIVE
                    : mood < 0.65 ? Vocabulary.EMOJI_NEGATIVE : Vocabulary.EMOJI_NEUTRAL;
            post.append(' ').append(pick(rng, emoji));
            if (rng.nextInt(4) == 0) {
                post.append(pick(rng, emoji));
            }
        }
        if (rng.nextInt(20) < 9) {
            List<String> tags = new ArrayList<>(arabic ? Vocabulary.HASHTAGS_AR : Vocabulary.HASHTAGS_EN);
            Collections.shuffle(tags, rng);
            for (String tag : tags.subList(0, 1 + rng.nextInt(3))) {
                post.append(' ').append(tag);
            }
        }
        if (rng.nextInt(10) < 3) {
            post.append(' ').append(link());
        }
        return post.toString();
    }

    private String link() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(Character.forDigit(rng.nextInt(36), 36));
        }
        return switch (rng.nextInt(3)) {
            case 0 -> "https://lnk.example/" + code;
            case 1 -> "https://news.example.com/2025/07/" + code + "?utm_source=chirp&utm_medium=social";
            default -> "https://blog.example.org/posts/" + code;
        };
    }

    private static boolean fits(String text) {
        int words = Corpus.words(text);
        return words >= MIN_WORDS && words <= MAX_WORDS;
    }
}

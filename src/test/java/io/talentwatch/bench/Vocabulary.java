package io.talentwatch.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The names and fillers the benchmark corpora are written with, in English and Arabic. Watched
 * companies and people are spelled the ways the job's watch list knows (and a few it must normalize:
 * hamza or not, proclitics glued on by the templates); unwatched ones are there so that not every
 * company name is a hit. Repeated entries are simply more likely.
 */
final class Vocabulary {
    private Vocabulary() {}

    /** A company as texts name it, with its best-known person. */
    record Company(boolean watched, List<String> en, List<String> ar, List<String> personEn, List<String> personAr) {
        String name(boolean arabic, Random rng) {
            return pick(rng, arabic ? ar : en);
        }

        String person(boolean arabic, Random rng) {
            return pick(rng, arabic ? personAr : personEn);
        }
    }

    static final Company OPENAI = new Company(true,
            List.of("OpenAI", "OpenAI", "OpenAI", "Open AI", "the ChatGPT maker"),
            List.of("أوبن إيه آي", "أوبن إيه آي", "اوبن اي اي", "أوبن أيه آي"),
            List.of("Sam Altman", "Altman"), List.of("سام ألتمان", "ألتمان", "سام التمان"));
    static final Company META = new Company(true,
            List.of("Meta", "Meta", "Meta", "Facebook", "Meta Superintelligence Labs"),
            List.of("ميتا", "ميتا", "ميتا", "فيسبوك"),
            List.of("Mark Zuckerberg", "Zuckerberg"), List.of("مارك زوكربيرغ", "زوكربيرغ", "زوكربيرج"));
    static final Company GOOGLE = new Company(true,
            List.of("Google", "Google", "Google DeepMind", "DeepMind", "Alphabet"),
            List.of("جوجل", "جوجل", "غوغل", "ديب مايند", "جوجل ديب مايند"),
            List.of("Demis Hassabis", "Hassabis"), List.of("ديميس هاسابيس", "هاسابيس"));
    static final Company ANTHROPIC = new Company(true,
            List.of("Anthropic"), List.of("أنثروبيك", "أنثروبيك", "انثروبيك"),
            List.of("Dario Amodei", "Amodei"), List.of("داريو أمودي", "أمودي"));
    static final Company MICROSOFT = new Company(true,
            List.of("Microsoft", "Microsoft", "MSFT"), List.of("مايكروسوفت", "مايكروسوفت", "ميكروسوفت"),
            List.of("Satya Nadella", "Nadella"), List.of("ساتيا ناديلا", "ناديلا"));
    static final Company APPLE = new Company(true,
            List.of("Apple"), List.of("آبل", "أبل"),
            List.of("Tim Cook"), List.of("تيم كوك"));
    static final Company XAI = new Company(true,
            List.of("xAI"), List.of("إكس إيه آي", "xAI"),
            List.of("Elon Musk", "Musk"), List.of("إيلون ماسك", "ماسك"));
    static final Company NVIDIA = new Company(false,
            List.of("Nvidia"), List.of("إنفيديا"), List.of("Jensen Huang"), List.of("جنسن هوانغ"));
    static final Company AMAZON = new Company(false,
            List.of("Amazon"), List.of("أمازون"), List.of("Andy Jassy"), List.of("آندي جاسي"));
    static final Company MISTRAL = new Company(false,
            List.of("Mistral"), List.of("ميسترال"), List.of("Arthur Mensch"), List.of("آرثر منش"));

    /** The labs the stories are about, the loudest ones more often. */
    static final List<Company> WATCHED = List.of(OPENAI, OPENAI, OPENAI, META, META, META, GOOGLE, GOOGLE,
            ANTHROPIC, ANTHROPIC, MICROSOFT, APPLE, XAI);
    static final List<Company> UNWATCHED = List.of(NVIDIA, AMAZON, MISTRAL);

    /** Slot fillers by name; a template's {@code {city}} takes one of these per occurrence. */
    static final Map<String, List<String>> EN = Map.of(
            "city", List.of("Riyadh", "Dubai", "Abu Dhabi", "Doha", "Cairo", "London", "Paris", "Zurich", "Toronto",
                    "Seattle", "New York", "San Francisco", "Jeddah", "Amman"),
            "role", List.of("research scientist", "ML engineer", "research engineer", "data engineer",
                    "infrastructure engineer", "applied scientist", "product manager"),
            "team", List.of("infrastructure", "model evaluation", "applied research", "inference", "speech",
                    "safety", "post-training", "multimodal"),
            "field", List.of("speech recognition", "Arabic language models", "robotics", "code generation",
                    "long-context reasoning", "interpretability", "reinforcement learning", "chip design"),
            "money", List.of("$1 million", "$5 million", "$10 million", "$20 million", "$50 million", "$100 million"),
            "n", List.of("three", "four", "five", "six", "eight", "ten", "a dozen", "12", "15", "20"),
            "pct", List.of("4", "7", "9", "12", "15", "18", "23", "31"),
            "month", List.of("January", "February", "March", "April", "May", "June"),
            "product", List.of("model", "assistant", "coding agent", "API", "app", "chip", "headset"));

    static final Map<String, List<String>> AR = Map.of(
            "city", List.of("الرياض", "دبي", "أبوظبي", "الدوحة", "القاهرة", "لندن", "باريس", "زيورخ", "تورونتو",
                    "سياتل", "نيويورك", "سان فرانسيسكو", "جدة", "عمّان"),
            "role", List.of("عالم أبحاث", "مهندس تعلم آلة", "مهندس أبحاث", "مهندس بيانات", "مهندس بنية تحتية",
                    "عالم بيانات", "مدير منتج"),
            "team", List.of("البنية التحتية", "تقييم النماذج", "البحث التطبيقي", "الاستدلال", "معالجة الكلام",
                    "السلامة", "التدريب اللاحق", "الوسائط المتعددة"),
            "field", List.of("التعرف على الكلام", "النماذج اللغوية العربية", "الروبوتات", "توليد الشيفرات البرمجية",
                    "الاستدلال طويل السياق", "قابلية التفسير", "التعلم المعزز", "تصميم الرقائق"),
            "money", List.of("مليون دولار", "5 ملايين دولار", "10 ملايين دولار", "20 مليون دولار", "50 مليون دولار",
                    "100 مليون دولار"),
            "n", List.of("ثلاثة", "أربعة", "خمسة", "ستة", "ثمانية", "عشرة", "12", "15", "20"),
            "pct", List.of("4", "7", "9", "12", "15", "18", "23", "31"),
            "month", List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو"),
            "product", List.of("النموذج", "المساعد", "وكيل البرمجة", "التطبيق", "الواجهة البرمجية", "الشريحة"));

    static final List<String> EMOJI_POSITIVE = List.of("🔥", "🚀", "👏", "😍", "🎉", "👍🏽", "💯", "🙌");
    static final List<String> EMOJI_NEGATIVE = List.of("😬", "🙄", "😢", "😡", "💀", "👎");
    static final List<String> EMOJI_NEUTRAL = List.of("👀", "🤔", "🤯", "💸", "🧵", "☕", "😂", "🤷‍♂️");
    static final List<String> HASHTAGS_EN = List.of("#AI", "#hiring", "#TalentWar", "#MachineLearning", "#tech",
            "#LLM", "#startups", "#BigTech", "#jobs");
    static final List<String> HASHTAGS_AR = List.of("#الذكاء_الاصطناعي", "#تقنية", "#وظائف", "#حرب_المواهب",
            "#AI", "#السعودية", "#الإمارات", "#تعلم_الآلة");
    static final List<String> HANDLES = List.of("@devon.codes", "@sunny_sre", "@ml_maya", "@techwatcher", "@a_rahman_dev",
            "@noura_data", "@gulf_ai", "@omar.builds", "@lina_k", "@priya_ml", "@jk_infra", "@sara_alqahtani");
    static final List<String> AUTHORS_AR = List.of("عبدالرحمن", "نورة | مهندسة بيانات", "سارة القحطاني", "عمر",
            "ليلى م.", "خالد الزهراني", "منى | تقنية");
    static final List<String> SOCIAL_SOURCES = List.of("chirp.example", "mastodon.example", "threadline.example.net",
            "majlis.example.org");
    static final List<String> NEWS_SOURCES_EN = List.of("Gulf Tech Daily", "The Silicon Ledger", "Wire Review",
            "Desert Bytes");
    static final List<String> NEWS_SOURCES_AR = List.of("البوابة التقنية", "الخليج الرقمي", "صحيفة المستقبل",
            "أخبار التقنية اليوم");
    static final List<String> REPORTERS_EN = List.of("Hannah Okafor", "James Whitfield", "Priya Raman", "Lucas Meyer",
            "Aisha Khan");
    static final List<String> REPORTERS_AR = List.of("فاطمة الحربي", "محمد السيد", "ريم العتيبي", "يوسف النجار",
            "هدى الشامي");

    static <T> T pick(Random rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }
}

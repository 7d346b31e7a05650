package io.talentwatch.samples;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fillers for the template slots: places, roles, invented firms, and dated facts per company. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Word lists by slot name, per language. Numeric slots are produced by {@link TemplateFiller}. */
    static final Map<String, List<String>> ENGLISH = Map.of(
            "city", List.of("Riyadh", "Dubai", "Abu Dhabi", "Doha", "Cairo", "Amman", "London", "Paris", "Zurich",
                    "Toronto", "Singapore", "Seattle", "New York", "Kuwait City", "Manama", "Muscat", "Casablanca", "Jeddah"),
            "gulfcity", List.of("Riyadh", "Dubai", "Abu Dhabi", "Doha", "Kuwait City", "Manama", "Muscat", "Jeddah"),
            "role", List.of("machine-learning engineer", "research scientist", "data engineer", "product manager",
                    "site reliability engineer", "applied scientist", "research engineer", "data scientist",
                    "security engineer", "frontend developer"),
            "team", List.of("infrastructure", "model evaluation", "applied research", "developer relations",
                    "trust and safety", "Arabic language technology", "inference", "speech research"),
            "field", List.of("speech recognition", "Arabic dialect understanding", "robotics", "code generation",
                    "long-context reasoning", "model interpretability", "protein design", "weather forecasting"),
            "firm", List.of("Sahra Analytics", "Qamar Robotics", "Wadi Cloud", "Najm Health", "Dar Al Bayan Data",
                    "Northgate Logistics", "Cedar Byte", "Lumen Ridge Software", "Harbor & Pine Bank"),
            "weekday", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Sunday"),
            "k", List.of("four", "five", "six", "seven", "eight"));

    static final Map<String, List<String>> ARABIC = Map.of(
            "city", List.of("الرياض", "دبي", "أبوظبي", "الدوحة", "القاهرة", "عمّان", "لندن", "باريس", "زيورخ",
                    "تورونتو", "سنغافورة", "سياتل", "نيويورك", "الكويت", "المنامة", "مسقط", "الدار البيضاء", "جدة"),
            "gulfcity", List.of("الرياض", "دبي", "أبوظبي", "الدوحة", "الكويت", "المنامة", "مسقط", "جدة"),
            "role", List.of("مهندس تعلّم آلة", "عالم أبحاث", "مهندس بيانات", "مدير منتج", "مهندس موثوقية أنظمة",
                    "عالم بيانات", "مهندس أمن معلومات", "مهندس أبحاث", "مطور واجهات"),
            "team", List.of("البنية التحتية", "تقييم النماذج", "البحث التطبيقي", "علاقات المطورين", "الثقة والأمان",
                    "اللغة العربية", "الاستدلال", "معالجة الكلام"),
            "field", List.of("التعرف على الكلام", "فهم اللهجات العربية", "الروبوتات", "توليد الشيفرات البرمجية",
                    "الاستدلال طويل السياق", "قابلية تفسير النماذج", "تصميم البروتينات", "التنبؤ بالطقس"),
            "firm", List.of("صحراء للتحليلات", "قمر للروبوتات", "وادي السحابة", "نجم الصحية", "دار البيان للبيانات",
                    "البوابة الشمالية للخدمات اللوجستية", "أرز بايت"),
            "weekday", List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الأحد"),
            "k", List.of("أربعة", "خمسة", "ستة", "سبعة", "ثمانية"));

    /** Something a company did, true in broad strokes for June 2025, usable from {@code from} on. */
    record Fact(Company company, Instant from, String english, String arabic) {
        String text(Lang lang) {
            return lang == Lang.EN ? english : arabic;
        }
    }

    private static final Instant START = Instant.parse("2025-06-23T00:00:00Z");
    /** After the poaching burst, follow-up facts appear. */
    private static final Instant AFTER_BURST = Instant.parse("2025-06-28T14:00:00Z");

    static final List<Fact> FACTS = List.of(
            new Fact(Company.OPENAI, START, "rolled out its o3-pro model to paying subscribers",
                    "طرحت نموذج o3-pro للمشتركين المدفوعين"),
            new Fact(Company.OPENAI, START, "is renegotiating the terms of its partnership with Microsoft",
                    "تعيد التفاوض على شروط شراكتها مع مايكروسوفت"),
            new Fact(Company.OPENAI, START, "is working on a consumer device with former Apple designer Jony Ive",
                    "تعمل على جهاز استهلاكي مع المصمم السابق في آبل جوني آيف"),
            new Fact(Company.OPENAI, START, "says ChatGPT now serves hundreds of millions of people every week",
                    "تقول إن تشات جي بي تي يخدم مئات الملايين أسبوعياً"),
            new Fact(Company.OPENAI, START, "has said Meta offered some of its staff bonuses of up to $100 million",
                    "قالت إن ميتا عرضت على بعض موظفيها مكافآت تصل إلى 100 مليون دولار"),
            new Fact(Company.OPENAI, AFTER_BURST, "is reviewing researcher pay after losing several people to Meta",
                    "تراجع سلّم رواتب الباحثين بعد خسارة عدد منهم لصالح ميتا"),

            new Fact(Company.META, START, "took a 49% stake in Scale AI for roughly $14 billion",
                    "استحوذت على حصة 49% في Scale AI مقابل نحو 14 مليار دولار"),
            new Fact(Company.META, START, "brought in Scale AI's founder to lead a new AI group",
                    "استقدمت مؤسس Scale AI لقيادة مجموعة جديدة للذكاء الاصطناعي"),
            new Fact(Company.META, START, "is reorganising its AI teams after a muted response to Llama 4",
                    "تعيد تنظيم فرق الذكاء الاصطناعي بعد استقبال فاتر لنموذج لاما 4"),
            new Fact(Company.META, START, "is building very large data centres in Ohio and Louisiana",
                    "تبني مراكز بيانات ضخمة في ولايتي أوهايو ولويزيانا"),
            new Fact(Company.META, AFTER_BURST, "has hired several OpenAI researchers in recent days",
                    "ضمّت عدداً من باحثي أوبن إيه آي خلال الأيام الماضية"),
            new Fact(Company.META, Instant.parse("2025-06-30T17:00:00Z"),
                    "has announced a new unit called Meta Superintelligence Labs",
                    "أعلنت تأسيس وحدة جديدة باسم مختبرات ميتا للذكاء الفائق"),

            new Fact(Company.GOOGLE, START, "made Gemini 2.5 Pro generally available to developers",
                    "أتاحت نموذج جيميناي 2.5 برو للمطورين بشكل عام"),
            new Fact(Company.GOOGLE, Instant.parse("2025-06-25T14:00:00Z"),
                    "released an open-source command-line tool for Gemini",
                    "أطلقت أداة مفتوحة المصدر لسطر الأوامر تعمل بجيميناي"),
            new Fact(Company.GOOGLE, START, "published research on AI weather forecasting",
                    "نشرت أبحاثاً في التنبؤ بالطقس باستخدام الذكاء الاصطناعي"),
            new Fact(Company.GOOGLE, START, "showed an updated version of its Veo video model",
                    "كشفت عن نسخة محدثة من نموذج الفيديو Veo"),

            new Fact(Company.ANTHROPIC, Instant.parse("2025-06-24T06:00:00Z"),
                    "won a partial ruling in a US copyright case over training data",
                    "حصلت على حكم جزئي لصالحها في قضية حقوق نشر أمريكية تتعلق ببيانات التدريب"),
            new Fact(Company.ANTHROPIC, START, "made its Claude 4 models available to more businesses",
                    "وسّعت إتاحة نماذج Claude 4 للشركات"),
            new Fact(Company.ANTHROPIC, START, "published research on how AI agents behave under pressure",
                    "نشرت بحثاً عن سلوك وكلاء الذكاء الاصطناعي تحت الضغط"),
            new Fact(Company.ANTHROPIC, START, "added new tools to Claude Code",
                    "أضافت أدوات جديدة إلى Claude Code"),

            new Fact(Company.MICROSOFT, START, "is reshaping teams after job cuts earlier this year",
                    "تعيد هيكلة فرقها بعد تسريحات في وقت سابق من العام"),
            new Fact(Company.MICROSOFT, START, "is renegotiating the size of its stake in OpenAI",
                    "تعيد التفاوض على حجم حصتها في أوبن إيه آي"),
            new Fact(Company.MICROSOFT, START, "added agent features to Copilot",
                    "أضافت ميزات الوكلاء الذكيين إلى كوبايلوت"),
            new Fact(Company.MICROSOFT, START, "is spending tens of billions of dollars on data centres",
                    "تنفق عشرات المليارات من الدولارات على مراكز البيانات"),

            new Fact(Company.APPLE, START, "was reported to have discussed internally a bid for Perplexity",
                    "ناقشت داخلياً، بحسب تقارير، فكرة الاستحواذ على Perplexity"),
            new Fact(Company.APPLE, START, "unveiled its Liquid Glass redesign at its developer conference",
                    "كشفت عن تصميم Liquid Glass في مؤتمرها للمطورين"),
            new Fact(Company.APPLE, START, "opened its on-device models to outside developers",
                    "فتحت نماذجها العاملة على الأجهزة أمام المطورين"),
            new Fact(Company.APPLE, START, "has delayed a more personal version of Siri",
                    "أجّلت نسخة أكثر ذكاءً من سيري"),

            new Fact(Company.XAI, START, "is raising billions of dollars in debt and equity",
                    "تجمع مليارات الدولارات عبر الديون والأسهم"),
            new Fact(Company.XAI, START, "is expanding its Colossus supercomputer in Memphis",
                    "توسّع حاسوبها العملاق Colossus في ممفيس"),
            new Fact(Company.XAI, START, "is preparing a new version of Grok",
                    "تستعد لإطلاق نسخة جديدة من غروك"),
            new Fact(Company.XAI, START, "faces complaints about the gas turbines at its Memphis site",
                    "تواجه انتقادات بسبب التوربينات الغازية في موقعها بممفيس"));

    /**
     * Arabic words that sometimes get decorated: tatweel (kashida) for emphasis, or a few harakat.
     * The matcher must see through both.
     */
    static final List<Map.Entry<String, String>> ARABIC_DECORATIONS = List.of(
            Map.entry("جديد", "جديـــد"),
            Map.entry("الذكاء", "الذَّكاء"),
            Map.entry("المواهب", "المَواهِب"),
            Map.entry("الشركة", "الشـركة"),
            Map.entry("الباحثين", "البَاحِثين"),
            Map.entry("كبيرة", "كبيـــرة"),
            Map.entry("اليوم", "اليـوم"),
            Map.entry("مكافآت", "مُكافآت"),
            Map.entry("وظائف", "وَظائف"),
            Map.entry("الأسبوع", "الأُسبوع"));
}

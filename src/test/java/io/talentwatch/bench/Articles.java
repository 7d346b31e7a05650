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
 * News articles of about 500 words (460 to 540), about 60% English and 40% Arabic, in paragraphs.
 * Each is about two watched labs and a third company (watched or not), and names them and their
 * leaders several times. Half are poaching stories; the other half are business news that only
 * touch on hiring.
 */
final class Articles {
    static final int MIN_WORDS = 460;
    static final int MAX_WORDS = 540;

    private static final List<String> TITLES_POACHING_EN = List.of(
            "{A} lures {B} researchers with big signing bonuses",
            "{A} steps up hiring as talent war with {B} heats up",
            "Inside {A}'s campaign to hire away {B}'s top scientists",
            "{B} scrambles to keep staff as {A} poaches its {team} team");
    private static final List<String> TITLES_BUSINESS_EN = List.of(
            "{A} posts strong quarter as {B} and {C} race to catch up",
            "{PA} bets on {field} as {A} expands in {city}",
            "{A} and {B} prepare rival launches for the autumn",
            "Regulators turn to {A} and {B} as AI spending soars");
    private static final List<String> POACHING_EN = List.of(
            "{A} has hired at least {n} researchers from {B} over the past two months, according to people familiar with the matter.",
            "The moves are the latest sign of an intensifying talent war among the largest artificial intelligence labs.",
            "{PA} has been personally involved in recruiting, sending messages and hosting dinners for candidates, two of them said.",
            "Offers reportedly included signing bonuses of up to {money} and compensation packages that vest over four years.",
            "{B} declined to comment on individual departures but said it continued to attract strong talent.",
            "One former {B} {role} who joined {A} in {month} said the decision came down to access to compute and a smaller team.",
            "{PB} told staff in an internal memo that the company would not match every offer, calling some of them irrational.",
            "Recruiters in {city} say demand for experienced people in {field} has never been higher.",
            "Several of the researchers who defected had worked on {field} at {B} for years.",
            "Analysts said {A}'s aggressive hiring could raise costs across the industry, including at {C}.",
            "{A} also lured away a senior leader from the {team} group at {C} earlier this year.",
            "Some employees at {B} described the atmosphere as tense, with managers holding retention conversations every week.",
            "The poaching has prompted {B} to review pay for its most senior researchers.",
            "People close to {PB} said the departures were painful but would not change the company's plans.",
            "Headhunters say the packages on offer are without precedent outside professional sports.",
            "A spokesperson for {A} said the company was proud of the team it was building and would keep hiring.",
            "The new hires will join a group led by a former {B} executive, according to an internal post.",
            "Several smaller startups said they had given up competing for the same candidates.");
    private static final List<String> BUSINESS_EN = List.of(
            "{A} reported revenue growth of {pct} percent in the last quarter, beating expectations.",
            "The company said demand for its {field} products remained strong in the Gulf, particularly in {city}.",
            "Shares of {A} rose {pct} percent in early trading, while {B} was little changed.",
            "{PA} said in an interview that the company was investing heavily in data centers and custom chips.",
            "Critics argue that the largest labs are concentrating too much talent and computing power.",
            "{B} has announced a partnership with a university in {city} to train hundreds of engineers over five years.",
            "Regulators in Europe and the United States are watching the sector closely.",
            "The new {product}, which {A} plans to release later this year, is expected to compete directly with {B}'s latest system.",
            "Executives at {C} said they were not worried about the competition, pointing to their own growth.",
            "The announcement was welcomed by developers, although some complained about the price.",
            "In a statement, {B} said it remained committed to open research and responsible deployment.",
            "Industry observers say the next year will be decisive for {A}, {B} and {C}.",
            "{PB} is expected to address the issue at the company's developer conference in {city} next month.",
            "Neither company disclosed the financial terms of the deal.",
            "The team behind the project includes former staff of {A} and {B}.",
            "Customers in {city} said the service had improved, but outages earlier this year still worried them.",
            "{C} has taken a different approach, focusing on smaller models that are cheaper to run.",
            "The company's {team} unit has doubled in size since last year, a person familiar with its plans said.",
            "Investors have rewarded the strategy so far, although some warn that the spending cannot last.",
            "{PA} described the results as excellent and said the best was still to come.");

    private static final List<String> TITLES_POACHING_AR = List.of(
            "{A} تستقطب باحثي {B} بمكافآت توقيع ضخمة",
            "{A} تكثف التوظيف مع احتدام حرب المواهب مع {B}",
            "كيف تستقطب {A} أفضل علماء {B}",
            "{B} تسعى للاحتفاظ بموظفيها بعد انتقال فريق {team} إلى {A}");
    private static final List<String> TITLES_BUSINESS_AR = List.of(
            "{A} تحقق ربعاً قوياً فيما تسابق {B} و{C} للحاق بها",
            "{PA} يراهن على {field} مع توسع {A} في {city}",
            "{A} و{B} تستعدان لإطلاقات متنافسة في الخريف",
            "الجهات التنظيمية تراقب {A} و{B} مع ارتفاع الإنفاق على الذكاء الاصطناعي");
    private static final List<String> POACHING_AR = List.of(
            "استقطبت {A} ما لا يقل عن {n} من الباحثين من {B} خلال الشهرين الماضيين، بحسب مصادر مطلعة.",
            "وتعد هذه الخطوة أحدث مؤشر على احتدام حرب المواهب بين كبرى مختبرات الذكاء الاصطناعي.",
            "وشارك {PA} شخصياً في عملية التوظيف، إذ أرسل رسائل إلى المرشحين واستضاف بعضهم على العشاء.",
            "وتضمنت العروض مكافآت التوقيع تصل إلى {money} وحزمة تعويضات تمتد على أربع سنوات.",
            "ورفضت {B} التعليق على حالات المغادرة الفردية، لكنها قالت إنها ما زالت تجذب الكفاءات.",
            "وقال {role} سابق في {B} انتقل إلى {A} في {month} إن القرار ارتبط بالحصول على قدرات حوسبة أكبر وفريق أصغر.",
            "وأبلغ {PB} الموظفين في مذكرة داخلية أن الشركة لن تطابق كل العروض، واصفاً بعضها بأنه غير منطقي.",
            "ويقول مسؤولو التوظيف في {city} إن الطلب على الباحثين ذوي الخبرة لم يكن يوماً بهذا الارتفاع.",
            "وكان عدد من الباحثين المنشقين يعملون في مجال {field} لدى {B} منذ سنوات.",
            "ويرى محللون أن سياسة التوظيف الهجومية لدى {A} قد ترفع التكاليف في القطاع بأكمله، بما في ذلك لدى {C}.",
            "كما استقطبت {A} في وقت سابق من هذا العام قيادياً بارزاً من فريق {team} في {C}.",
            "ووصف بعض موظفي {B} الأجواء بأنها متوترة، مع اجتماعات أسبوعية للحفاظ على الموظفين.",
            "ودفع هذا الاستقطاب {B} إلى مراجعة رواتب كبار الباحثين لديها.",
            "وقال مقربون من {PB} إن المغادرات كانت مؤلمة لكنها لن تغير خطط الشركة.",
            "ويقول خبراء التوظيف إن العروض المطروحة غير مسبوقة خارج عالم الرياضة الاحترافية.",
            "وقال متحدث باسم {A} إن الشركة فخورة بالفريق الذي تبنيه وستواصل التوظيف.",
            "وسينضم الموظفون الجدد إلى مجموعة يقودها مسؤول تنفيذي سابق في {B}، بحسب منشور داخلي.",
            "وقالت شركات ناشئة أصغر إنها توقفت عن المنافسة على المرشحين أنفسهم.");
    private static final List<String> BUSINESS_AR = List.of(
            "وأعلنت {A} عن نمو في الإيرادات بنسبة {pct} في المئة خلال الربع الأخير، متجاوزة التوقعات.",
            "وقالت الشركة إن الطلب على منتجاتها في مجال {field} ما زال قوياً في منطقة الخليج، ولا سيما في {city}.",
            "وارتفعت أسهم {A} بنسبة {pct} في المئة في بداية التداول، فيما استقرت أسهم {B}.",
            "وقال {PA} في مقابلة إن الشركة تستثمر بكثافة في مراكز البيانات والرقائق المخصصة.",
            "ويرى منتقدون أن المختبرات الكبرى تركز قدراً كبيراً من المواهب وقوة الحوسبة في أيديها.",
            "وأعلنت {B} عن شراكة مع جامعة في {city} لتدريب مئات المهندسين على مدى خمس سنوات.",
            "وتراقب الجهات التنظيمية في أوروبا والولايات المتحدة القطاع عن كثب.",
            "ومن المتوقع أن ينافس {product} الجديد، الذي تعتزم {A} إطلاقه في وقت لاحق من هذا العام، أحدث أنظمة {B} بشكل مباشر.",
            "وقال مسؤولون في {C} إنهم غير قلقين من المنافسة، مشيرين إلى النمو الذي تحققه شركتهم.",
            "ورحب المطورون بالإعلان، رغم أن بعضهم اشتكى من ارتفاع الأسعار.",
            "وقالت {B} في بيان إنها ما زالت ملتزمة بالبحث المفتوح والاستخدام المسؤول.",
            "ويقول مراقبون إن العام المقبل سيكون حاسماً بالنسبة إلى {A} و{B} و{C}.",
            "ومن المنتظر أن يتناول {PB} هذه المسألة خلال مؤتمر المطورين الذي تعقده الشركة في {city} الشهر المقبل.",
            "ولم تكشف أي من الشركتين عن الشروط المالية للصفقة.",
            "ويضم الفريق الذي يقف وراء المشروع موظفين سابقين في {A} و{B}.",
            "وقال عملاء في {city} إن الخدمة تحسنت، لكن الانقطاعات التي حدثت في وقت سابق من العام ما زالت تقلقهم.",
            "واتبعت {C} نهجاً مختلفاً يركز على نماذج أصغر أقل تكلفة في التشغيل.",
            "وتضاعف حجم وحدة {team} في الشركة منذ العام الماضي، بحسب شخص مطلع على خططها.",
            "وكافأ المستثمرون هذه الاستراتيجية حتى الآن، رغم تحذير بعضهم من أن هذا الإنفاق لا يمكن أن يستمر.",
            "ووصف {PA} النتائج بأنها ممتازة، وقال إن الأفضل لم يأت بعد.");

    private final Random rng;

    Articles(Random rng) {
        this.rng = rng;
    }

    byte[] next(int index) {
        boolean arabic = rng.nextDouble() < Corpus.ARABIC_SHARE;
        boolean poaching = rng.nextBoolean();
        Company a = pick(rng, Vocabulary.WATCHED);
        Company b;
        do {
            b = pick(rng, Vocabulary.WATCHED);
        } while (b == a);
        Company c;
        do {
            c = rng.nextInt(5) < 3 ? pick(rng, Vocabulary.WATCHED) : pick(rng, Vocabulary.UNWATCHED);
        } while (c == a || c == b);
        Filler filler = new Filler(rng, arabic, a, b, c);

        String title = filler.fill(pick(rng, poaching ? (arabic ? TITLES_POACHING_AR : TITLES_POACHING_EN)
                : (arabic ? TITLES_BUSINESS_AR : TITLES_BUSINESS_EN)));
        String text = body(filler, arabic, poaching);
        String source = pick(rng, arabic ? Vocabulary.NEWS_SOURCES_AR : Vocabulary.NEWS_SOURCES_EN);
        String id = String.format("news-%05d-%04d", index, rng.nextInt(10_000));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("kind", "news");
        item.put("source", source);
        item.put("url", "https://news" + (index % 4) + ".example.com/2025/07/" + id
                + (rng.nextInt(4) == 0 ? "?utm_source=feed&utm_campaign=ai" : ""));
        item.put("author", pick(rng, arabic ? Vocabulary.REPORTERS_AR : Vocabulary.REPORTERS_EN));
        item.put("title", title);
        item.put("text", text);
        if (rng.nextInt(5) != 0) {
            item.put("lang", arabic ? "ar" : "en");
        }
        item.put("published", Corpus.published(rng, index, 600));
        return Corpus.line(item);
    }

    /** Sentences drawn without repeats (until a bank runs dry) up to the length, three to five to a paragraph. */
    private String body(Filler filler, boolean arabic, boolean poaching) {
        List<String> onTopic = shuffled(arabic ? POACHING_AR : POACHING_EN);
        List<String> business = shuffled(arabic ? BUSINESS_AR : BUSINESS_EN);
        double topicShare = poaching ? 0.6 : 0.15;
        int target = MIN_WORDS + 10 + rng.nextInt(MAX_WORDS - MIN_WORDS - 20);
        StringBuilder text = new StringBuilder(4096);
        int words = 0;
        int inParagraph = 0;
        int paragraphLength = 3 + rng.nextInt(3);
        while (words < target) {
            if (onTopic.isEmpty() && business.isEmpty()) {
                onTopic = shuffled(arabic ? POACHING_AR : POACHING_EN);
                business = shuffled(arabic ? BUSINESS_AR : BUSINESS_EN);
            }
            List<String> pool = rng.nextDouble() < topicShare ? onTopic : business;
            if (pool.isEmpty()) {
                pool = onTopic.isEmpty() ? business : onTopic;
            }
            String sentence = filler.fill(pool.remove(pool.size() - 1));
            int sentenceWords = Corpus.words(sentence);
            if (words + sentenceWords > MAX_WORDS) {
                if (words >= MIN_WORDS) {
                    break;
                }
                continue;
            }
            if (inParagraph == paragraphLength) {
                text.append("\n\n");
                inParagraph = 0;
                paragraphLength = 3 + rng.nextInt(3);
            } else if (inParagraph > 0) {
                text.append(' ');
            }
            text.append(sentence);
            inParagraph++;
            words += sentenceWords;
        }
        return text.toString();
    }

    private List<String> shuffled(List<String> sentences) {
        List<String> copy = new ArrayList<>(sentences);
        Collections.shuffle(copy, rng);
        return copy;
    }
}

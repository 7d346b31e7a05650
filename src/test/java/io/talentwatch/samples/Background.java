package io.talentwatch.samples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The everyday chatter around the burst: news and posts about the AI companies, hiring news that
 * names none of them, off-topic noise, and a sprinkling of look-alike words ("apple pie").
 *
 * <p>Items are made in time order. Each is checked against the previous hour so that no 60-minute
 * window holds more than {@link #META_CAP} Meta items or {@link #OTHER_CAP} items for any other
 * company: the only spike in the feed is the one the burst makes.
 */
final class Background {

    static final int META_CAP = 2;
    static final int OTHER_CAP = 4;

    private enum Category { COMPANY, HIRING, NOISE, AMBIGUOUS }

    private static final List<String> ENGLISH_TAGS = List.of("", "", "", "", " #AI", " #LLM", " 👀", " 🤔");
    private static final List<String> ARABIC_TAGS = List.of("", "", "", "", " #الذكاء_الاصطناعي", " #تقنية", " 👀", " 🤔");

    private final Random rng;
    private final TemplateFiller filler;
    private final Sources sources;
    private final ShuffleBag bag;
    private final Map<Lang, TextPool> pools = new EnumMap<>(Lang.class);
    /** Items of the last hour with the companies they mention, oldest first. */
    private final Deque<Map.Entry<Instant, Set<Company>>> lastHour = new ArrayDeque<>();
    /** Texts already used: a small pool must not make the feed repeat itself word for word. */
    private final Set<String> seenTexts = new HashSet<>();

    Background(Random rng, TemplateFiller filler, Sources sources, ShuffleBag bag) {
        this.rng = rng;
        this.filler = filler;
        this.sources = sources;
        this.bag = bag;
        pools.put(Lang.EN, EnglishText.pool());
        pools.put(Lang.AR, ArabicText.pool());
    }

    /** One background item published at about {@code time}; calls must come in time order. */
    FeedItem next(Instant time) {
        Lang lang = language(time);
        boolean news = rng.nextInt(100) < 42;
        // News carries whole minutes, posts seconds. Truncating can reorder items within a minute,
        // so the window kept is a minute wider than an hour: the count errs on the safe side.
        Instant at = news ? time.truncatedTo(ChronoUnit.MINUTES) : time;
        while (!lastHour.isEmpty() && !lastHour.peekFirst().getKey().isAfter(at.minus(Duration.ofMinutes(61)))) {
            lastHour.pollFirst();
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            FeedItem item = make(category(), lang, news, at);
            Set<Company> mentioned = MentionScanner.companies(item);
            if (fits(mentioned) && seenTexts.add(item.text())) {
                lastHour.addLast(Map.entry(at, mentioned));
                return item;
            }
        }
        FeedItem noise = make(Category.NOISE, lang, news, at);
        lastHour.addLast(Map.entry(at, Set.of()));
        return noise;
    }

    private boolean fits(Set<Company> mentioned) {
        for (Company company : mentioned) {
            long inHour = lastHour.stream().filter(e -> e.getValue().contains(company)).count();
            if (inHour + 1 > (company == Company.META ? META_CAP : OTHER_CAP)) {
                return false;
            }
        }
        return true;
    }

    /** Arabic is busier in Gulf daytime (morning and early afternoon UTC), English in the US day. */
    private Lang language(Instant at) {
        int hour = at.atZone(ZoneOffset.UTC).getHour();
        int arabicPercent = hour >= 4 && hour < 15 ? 55 : 25;
        return rng.nextInt(100) < arabicPercent ? Lang.AR : Lang.EN;
    }

    private Category category() {
        int r = rng.nextInt(100);
        if (r < 44) {
            return Category.COMPANY;
        }
        if (r < 62) {
            return Category.HIRING;
        }
        return r < 96 ? Category.NOISE : Category.AMBIGUOUS;
    }

    private FeedItem make(Category category, Lang lang, boolean news, Instant at) {
        TextPool pool = pools.get(lang);
        Company co = company(null);
        TemplateFiller.Context ctx = filler.context(lang, co, company(co), at);
        List<TextPool.Headline> headlines = switch (category) {
            case COMPANY -> pool.companyNews();
            case HIRING -> pool.hiringNews();
            case NOISE -> pool.noiseNews();
            case AMBIGUOUS -> pool.ambiguousNews();
        };
        List<String> posts = switch (category) {
            case COMPANY -> pool.companySocial();
            case HIRING -> pool.hiringSocial();
            case NOISE -> pool.noiseSocial();
            case AMBIGUOUS -> pool.ambiguousSocial();
        };
        if (news) {
            TextPool.Headline headline = bag.next(headlines);
            StringBuilder text = new StringBuilder(ctx.fill(headline.lead()));
            List<String> follow = switch (category) {
                case COMPANY -> pool.companyFollow();
                case HIRING -> pool.hiringFollow();
                case NOISE -> pool.noiseFollow();
                case AMBIGUOUS -> List.of();
            };
            int extra = follow.isEmpty() ? 0 : rng.nextInt(category == Category.NOISE ? 2 : 3);
            String previous = null;
            for (int i = 0; i < extra; i++) {
                String sentence = bag.next(follow);
                if (!sentence.equals(previous)) {
                    text.append(' ').append(ctx.fill(sentence));
                }
                previous = sentence;
            }
            return sources.news(lang, decorate(lang, ctx.fill(headline.title())), decorate(lang, text.toString()), at);
        }
        String post = ctx.fill(bag.next(posts)) + switch (category) {
            case COMPANY -> filler.pick(lang == Lang.EN ? ENGLISH_TAGS : ARABIC_TAGS);
            case HIRING -> ctx.fill(filler.pick(pool.hiringTails()));
            case NOISE -> filler.pick(pool.noiseTails());
            case AMBIGUOUS -> "";
        };
        return sources.social(lang, decorate(lang, post), at);
    }

    private Company company(Company not) {
        int total = 0;
        for (Company c : Company.values()) {
            total += c == not ? 0 : c.weight;
        }
        int r = rng.nextInt(total);
        for (Company c : Company.values()) {
            r -= c == not ? 0 : c.weight;
            if (r < 0) {
                return c;
            }
        }
        throw new IllegalStateException();
    }

    /** Now and then an Arabic word gets tatweel or harakat, as some writers add them. */
    String decorate(Lang lang, String text) {
        if (lang != Lang.AR || rng.nextInt(100) >= 10) {
            return text;
        }
        List<Map.Entry<String, String>> candidates = Vocabulary.ARABIC_DECORATIONS.stream()
                .filter(e -> text.contains(e.getKey()))
                .toList();
        if (candidates.isEmpty()) {
            return text;
        }
        Map.Entry<String, String> e = filler.pick(candidates);
        return text.replaceFirst(Pattern.quote(e.getKey()), Matcher.quoteReplacement(e.getValue()));
    }
}

package io.talentwatch.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The one story the demo must flag: on Saturday 2025-06-28, 09:00-14:00 UTC, a wave of news and
 * posts about Meta hiring away OpenAI researchers with enormous pay packages while OpenAI gives its
 * staff a week off. Most items name both companies; a few name only one.
 */
final class Burst {

    static final Instant START = Instant.parse("2025-06-28T09:00:00Z");
    /** Items per hour from {@link #START}; rises to a peak just before midday UTC, then fades. */
    static final int[] PER_HOUR = {7, 13, 19, 17, 14};
    static final Instant END = START.plus(Duration.ofHours(PER_HOUR.length));
    /** The Arabic seed story lands here (it counts in its hour's share). */
    static final Instant SEED_STORY_AT = Instant.parse("2025-06-28T10:42:00Z");

    private final Random rng;
    private final TemplateFiller filler;
    private final Sources sources;
    private final ShuffleBag bag;
    private final Background decorator;
    private final Set<String> seenTexts = new HashSet<>();

    Burst(Random rng, TemplateFiller filler, Sources sources, ShuffleBag bag, Background decorator) {
        this.rng = rng;
        this.filler = filler;
        this.sources = sources;
        this.bag = bag;
        this.decorator = decorator;
        bag.inOrderFirst(ArabicText.BURST_SOCIAL);
    }

    List<FeedItem> items() {
        List<FeedItem> items = new ArrayList<>();
        for (int h = 0; h < PER_HOUR.length; h++) {
            Instant hour = START.plus(Duration.ofHours(h));
            int count = PER_HOUR[h];
            if (!SEED_STORY_AT.isBefore(hour) && SEED_STORY_AT.isBefore(hour.plus(Duration.ofHours(1)))) {
                items.add(sources.seedNews(ArabicText.SEED_STORY.title(), ArabicText.SEED_STORY.lead(), SEED_STORY_AT));
                count--;
            }
            for (int i = 0; i < count; i++) {
                boolean news = rng.nextInt(100) < 35;
                Instant at = hour.plusSeconds(news ? 60L * rng.nextInt(60) : rng.nextInt(3600));
                Lang lang = rng.nextInt(100) < 50 ? Lang.AR : Lang.EN;
                FeedItem item = item(lang, news, at);
                for (int retry = 0; retry < 20 && !seenTexts.add(item.text()); retry++) {
                    item = item(lang, news, at);
                }
                items.add(item);
            }
        }
        return items;
    }

    private FeedItem item(Lang lang, boolean news, Instant at) {
        TextPool pool = lang == Lang.EN ? EnglishText.pool() : ArabicText.pool();
        TemplateFiller.Context ctx = filler.context(lang, Company.META, Company.OPENAI, at);
        if (news) {
            TextPool.Headline headline = bag.next(pool.burstNews());
            StringBuilder text = new StringBuilder(ctx.fill(headline.lead()));
            int extra = 1 + rng.nextInt(2);
            for (int i = 0; i < extra; i++) {
                text.append(' ').append(ctx.fill(bag.next(pool.burstFollow())));
            }
            return sources.news(lang, ctx.fill(headline.title()), decorator.decorate(lang, text.toString()), at);
        }
        int r = rng.nextInt(100);
        List<String> posts = r < 7 ? pool.burstSocialMetaOnly()
                : r < 12 ? pool.burstSocialOpenAiOnly()
                : pool.burstSocial();
        return sources.social(lang, decorator.decorate(lang, ctx.fill(bag.next(posts))), at);
    }
}

package io.talentwatch.window;

import io.talentwatch.model.Explanation;
import io.talentwatch.model.Headline;
import io.talentwatch.model.NamedCount;
import io.talentwatch.model.SeriesKey;
import io.talentwatch.model.SeriesMention;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The running totals of one series in one window: counts, sentiment, and what the mentions were
 * about, enough to explain a spike. Bounded: at most {@value #MAX_DISTINCT} distinct values per
 * kind (topic terms, companies and languages are few; sources are the unbounded kind), and the
 * {@value #HEADLINES} best headlines. The result does not depend on the order mentions arrive in
 * (which differs between replays at different speeds) while no kind overflows. A Flink POJO (public fields, no-arg constructor), so window state is
 * checkpointed without Kryo meeting a record.
 */
public final class SeriesTally {
    public static final int MAX_DISTINCT = 200;
    public static final int HEADLINES = 5;
    public static final int TOP = 5;
    /** Sentiment is summed in billionths, exactly: a replay that delivers a window's mentions in another order gets the same mean. */
    public static final double SENTIMENT_UNIT = 1e-9;

    /** Best first: most on topic, then earliest, then by id, so the choice is stable. */
    private static final Comparator<Headline> BEST = Comparator.comparingDouble((Headline h) -> -h.topicScore())
            .thenComparingLong(Headline::publishedMillis).thenComparing(Headline::documentId);

    /** The series counted, from the first mention (the window's key is its id). */
    public SeriesKey series;
    public long mentions;
    public long onTopic;
    /** In units of {@link #SENTIMENT_UNIT}: whole numbers add up the same in any order, doubles do not. */
    public long sentimentSum;
    public HashMap<String, Long> terms = new HashMap<>();
    public HashMap<String, Long> companies = new HashMap<>();
    public HashMap<String, Long> sources = new HashMap<>();
    public HashMap<String, Long> languages = new HashMap<>();
    public Headline[] headlines = new Headline[0];

    public SeriesTally add(SeriesMention m) {
        series = m.series();
        mentions++;
        onTopic += m.onTopic() ? 1 : 0;
        sentimentSum += Math.round(m.sentiment() / SENTIMENT_UNIT);
        for (String term : m.topicTerms()) {
            count(terms, term, 1);
        }
        for (String company : m.companies()) {
            count(companies, company, 1);
        }
        count(sources, m.source(), 1);
        count(languages, m.language(), 1);
        keep(new Headline(m.documentId(), m.title(), m.url(), m.source(), m.language(), m.publishedMillis(), m.topicScore()));
        return this;
    }

    public SeriesTally merge(SeriesTally other) {
        series = series != null ? series : other.series;
        mentions += other.mentions;
        onTopic += other.onTopic;
        sentimentSum += other.sentimentSum;
        other.terms.forEach((k, v) -> count(terms, k, v));
        other.companies.forEach((k, v) -> count(companies, k, v));
        other.sources.forEach((k, v) -> count(sources, k, v));
        other.languages.forEach((k, v) -> count(languages, k, v));
        for (Headline headline : other.headlines) {
            keep(headline);
        }
        return this;
    }

    public double meanSentiment() {
        return mentions == 0 ? 0 : sentimentSum * SENTIMENT_UNIT / mentions;
    }

    /** The explanation of this window; {@code company}, the series' own, is left out of the co-mentioned ones. */
    public Explanation explanation(String company, String source) {
        Map<String, Long> others = new HashMap<>(companies);
        others.remove(company);
        others.remove(source); // a flow's source is part of its name, not news
        return new Explanation(top(terms), top(others), top(sources), top(languages), headlines.clone());
    }

    private static NamedCount[] top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new NamedCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong((NamedCount c) -> -c.count()).thenComparing(NamedCount::name))
                .limit(TOP)
                .toArray(NamedCount[]::new);
    }

    private static void count(Map<String, Long> counts, String value, long n) {
        if (value == null) {
            return;
        }
        if (counts.containsKey(value) || counts.size() < MAX_DISTINCT) {
            counts.merge(value, n, Long::sum);
        }
    }

    private void keep(Headline candidate) {
        for (Headline kept : headlines) {
            if (kept.documentId().equals(candidate.documentId())) {
                return;
            }
        }
        Headline[] more = Arrays.copyOf(headlines, headlines.length + 1);
        more[headlines.length] = candidate;
        Arrays.sort(more, BEST);
        headlines = more.length > HEADLINES ? Arrays.copyOf(more, HEADLINES) : more;
    }
}

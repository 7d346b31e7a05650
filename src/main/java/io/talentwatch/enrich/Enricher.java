package io.talentwatch.enrich;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.flow.FlowExtractor;
import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import io.talentwatch.model.Sentiment;
import io.talentwatch.model.Span;
import io.talentwatch.model.TalentFlow;
import io.talentwatch.sentiment.SentimentScorer;
import io.talentwatch.text.LanguageDetector;
import io.talentwatch.text.Sentences;
import io.talentwatch.text.Sentences.Sentence;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.watch.WatchMatch;
import io.talentwatch.watch.WatchMatcher;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The enrichment chain for one job: language, watch list, talent flows, sentiment (of the document
 * and of the sentences naming each company). The job's enrich stage, the {@code enrich} command and
 * the benchmark all call {@link #enrich} or {@link #analyze}, so they cannot drift apart. The text is
 * tokenized and split into sentences once. Thread-safe and serializable; indexes and lexicons load lazily.
 */
public final class Enricher implements Serializable {
    private static final long serialVersionUID = 1L;

    private final JobDefinition job;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final LanguageDetector languages = new LanguageDetector();
    private final WatchMatcher matcher;
    private final FlowExtractor flows;
    private final SentimentScorer sentiment = new SentimentScorer(normalizer);

    public Enricher(JobDefinition job) {
        this.job = job;
        this.matcher = new WatchMatcher(job, normalizer);
        this.flows = new FlowExtractor(job, normalizer);
    }

    /** The document with its detected language ("en", "ar" or "other"); its own tag is only a hint. */
    public Document detectLanguage(Document document) {
        return detectLanguage(document, document.fullText());
    }

    private Document detectLanguage(Document document, String fullText) {
        return document.withLanguage(languages.detect(fullText, document.language()));
    }

    /** The full match, whether or not a company was named; span offsets point into {@link Document#fullText()}. */
    public WatchMatch matchWatchList(Document document) {
        return matcher.match(document.fullText());
    }

    /** The job's path: a mention when the document names a watched company; flows and sentiment only then. */
    public Optional<Mention> enrich(Document document) {
        String text = document.fullText(); // built once: a long article's title and body are copied each time
        Document detected = detectLanguage(document, text);
        List<Token> tokens = normalizer.tokens(text);
        WatchMatch match = matcher.match(text, tokens);
        if (!match.namesACompany()) {
            return Optional.empty();
        }
        return read(detected, text, tokens, match).mention();
    }

    /** Everything, even for a document naming no company: what {@code talentwatch enrich} prints. */
    public Enrichment analyze(Document document) {
        String text = document.fullText();
        Document detected = detectLanguage(document, text);
        List<Token> tokens = normalizer.tokens(text);
        return read(detected, text, tokens, matcher.match(text, tokens));
    }

    private Enrichment read(Document document, String text, List<Token> tokens, WatchMatch match) {
        List<Sentence> sentences = Sentences.of(text, tokens);
        List<TalentFlow> found = flows.extract(text, tokens, sentences, match.spans());
        double[] sums = sentiment.sentenceSums(text, tokens, sentences, document.language());
        Sentiment overall = Sentiment.of(SentimentScorer.squash(SentimentScorer.sum(sums)));
        double topicScore = match.topicScore() + (found.isEmpty() ? 0 : job.topic().flowWeight());
        return new Enrichment(document, match, topicScore, found, overall, companySentiment(match, sentences, sums));
    }

    /** Per company, the squashed sum of the sentences that name it (or one of its people). */
    private Map<String, Sentiment> companySentiment(WatchMatch match, List<Sentence> sentences, double[] sums) {
        Map<String, Set<Integer>> sentencesOf = new HashMap<>();
        int s = 0;
        for (Span span : match.spans()) {
            String company = span.company();
            if (company == null) {
                continue;
            }
            while (s + 1 < sentences.size() && sentences.get(s).end() <= span.start()) {
                s++;
            }
            sentencesOf.computeIfAbsent(company, c -> new HashSet<>()).add(s);
        }
        Map<String, Sentiment> byCompany = new HashMap<>();
        sentencesOf.forEach((company, indexes) -> {
            double sum = 0;
            for (int index : indexes) {
                sum += sums[index];
            }
            byCompany.put(company, Sentiment.of(SentimentScorer.squash(sum)));
        });
        return byCompany;
    }
}

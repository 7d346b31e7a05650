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
import io.talentwatch.text.Vocabulary;
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
    private final boolean useVocabulary;
    /** Reads documents: {@link #normalizer} knowing the job's vocabulary, built once the dictionaries are. */
    private transient volatile TextNormalizer reader;

    public Enricher(JobDefinition job) {
        this(job, true);
    }

    private Enricher(JobDefinition job, boolean useVocabulary) {
        this.job = job;
        this.matcher = new WatchMatcher(job, normalizer);
        this.flows = new FlowExtractor(job, normalizer);
        this.useVocabulary = useVocabulary;
    }

    /**
     * An enricher that looks every word up in every dictionary: slower, and otherwise the same. The
     * test that proves the vocabulary rules out no match compares the two.
     */
    static Enricher withoutVocabulary(JobDefinition job) {
        return new Enricher(job, false);
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
        List<Token> tokens = reader().tokens(text);
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
        List<Token> tokens = reader().tokens(text);
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

    /** A text's tokens as the job reads them, most in no part of the vocabulary; for tests. */
    List<Token> tokens(String text) {
        return reader().tokens(text);
    }

    private TextNormalizer reader() {
        TextNormalizer current = reader;
        if (current == null) {
            synchronized (this) {
                current = reader;
                if (current == null) {
                    current = useVocabulary ? normalizer.knowing(vocabulary()) : normalizer;
                    reader = current;
                }
            }
        }
        return current;
    }

    private Vocabulary vocabulary() {
        Vocabulary.Builder vocabulary = Vocabulary.builder();
        matcher.watchList().addTo(vocabulary);
        flows.addTo(vocabulary);
        sentiment.addTo(vocabulary);
        return vocabulary.build();
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

package io.talentwatch.enrich;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import io.talentwatch.sentiment.SentimentScorer;
import io.talentwatch.text.LanguageDetector;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.watch.WatchMatch;
import io.talentwatch.watch.WatchMatcher;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The enrichment chain for one job: language, watch-list match, sentiment. Each step is callable
 * alone (one Flink operator each) or all at once with {@link #enrich}. Everything reads
 * {@link Document#fullText()}. Thread-safe and serializable; indexes and lexicons load lazily.
 */
public final class Enricher implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final LanguageDetector languages = new LanguageDetector();
    private final WatchMatcher matcher;
    private final SentimentScorer sentiment = new SentimentScorer(normalizer);

    public Enricher(JobDefinition job) {
        this.matcher = new WatchMatcher(job, normalizer);
    }

    /** The document with its detected language ("en", "ar" or "other"); its own tag is only a hint. */
    public Document detectLanguage(Document document) {
        return document.withLanguage(languages.detect(document.fullText(), document.language()));
    }

    /** A mention (sentiment 0) when the document names at least one watched company or person. */
    public Optional<Mention> match(Document document) {
        return mention(document, matchWatchList(document));
    }

    /** The full match, whether or not a company was named; span offsets point into {@link Document#fullText()}. */
    public WatchMatch matchWatchList(Document document) {
        return matcher.match(document.fullText());
    }

    /** Scores the mention's text in its document's language (set by {@link #detectLanguage}). */
    public Mention scoreSentiment(Mention mention) {
        Document document = mention.document();
        return mention.withSentiment(sentiment.score(document.fullText(), document.language()));
    }

    /** Language, match, sentiment; empty when no watched company is named. Reads the text once. */
    public Optional<Mention> enrich(Document document) {
        Document detected = detectLanguage(document);
        String text = detected.fullText();
        List<Token> tokens = normalizer.tokens(text);
        return mention(detected, matcher.match(text, tokens))
                .map(m -> m.withSentiment(sentiment.score(text, tokens, detected.language())));
    }

    private static Optional<Mention> mention(Document document, WatchMatch match) {
        if (!match.namesACompany()) {
            return Optional.empty();
        }
        return Optional.of(new Mention(document, match.companyIds(), match.people(), match.topicScore(),
                match.topicTerms(), 0.0));
    }
}

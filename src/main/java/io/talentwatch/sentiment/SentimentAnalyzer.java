package io.talentwatch.sentiment;

import io.talentwatch.sentiment.model.FeatureBag;
import io.talentwatch.text.Sentences.Sentence;
import io.talentwatch.text.Token;
import io.talentwatch.text.Vocabulary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment for English and Arabic: the lexicon rules read each sentence ({@link EnglishRules},
 * {@link ArabicRules}) and, where the language has a trained model ({@link SentimentModels}), the
 * model reads the sentences' hashed words and the rules' readings together. Other languages, and a
 * build without models, get the rules' compound score; languages without rules, neutral.
 * Thread-safe and serializable; lexicons and models load once per JVM, on first use.
 */
public final class SentimentAnalyzer implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<FeatureBag> BAGS = ThreadLocal.withInitial(FeatureBag::new);

    private final boolean useModels;
    /** A model given directly (training, evaluation) instead of the shipped ones; null: the shipped ones. */
    private final transient LanguageModel given;

    public SentimentAnalyzer() {
        this(true, null);
    }

    private SentimentAnalyzer(boolean useModels, LanguageModel given) {
        this.useModels = useModels;
        this.given = given;
    }

    /** The lexicon rules alone, without the models: VADER's rules for English. */
    public static SentimentAnalyzer rulesOnly() {
        return new SentimentAnalyzer(false, null);
    }

    /** With {@code weights} as the model of {@code language} (and no model for the other): for training and evaluation. */
    public static SentimentAnalyzer with(String language, io.talentwatch.sentiment.model.LinearModel weights, double neutralBand) {
        return new SentimentAnalyzer(true, new LanguageModel(language, weights, neutralBand));
    }

    /**
     * Reads a tokenized text. The result holds a reused buffer of this thread: read it before the
     * next call on the same thread.
     */
    public TextSentiment analyze(String text, List<Token> tokens, List<Sentence> sentences, String language) {
        List<Reading> readings = new ArrayList<>(sentences.size());
        RuleLexicons lexicons = RuleLexicons.get();
        if ("en".equals(language)) {
            EnglishRules rules = new EnglishRules(lexicons);
            boolean shouting = EnglishRules.shoutingStandsOut(text, tokens);
            for (int s = 0; s < sentences.size(); s++) {
                int until = s + 1 < sentences.size() ? sentences.get(s + 1).start() : text.length();
                readings.add(rules.read(text, tokens, sentences.get(s), until, shouting));
            }
        } else if ("ar".equals(language)) {
            ArabicRules rules = new ArabicRules(lexicons);
            for (Sentence sentence : sentences) {
                readings.add(rules.read(text, tokens, sentence));
            }
        } else {
            for (int s = 0; s < sentences.size(); s++) {
                readings.add(Reading.NONE);
            }
            return new TextSentiment(null, null, readings, false);
        }
        LanguageModel model = !useModels ? null
                : given != null ? (given.language().equals(language) ? given : null)
                : SentimentModels.get().of(language);
        if (model == null) {
            return new TextSentiment(null, null, readings, true);
        }
        FeatureBag bag = BAGS.get();
        bag.clear();
        model.features().extract(text, tokens, sentences, language, bag);
        return new TextSentiment(model, bag, readings, true);
    }

    /** Adds every key a lexicon rule looks a word up by. */
    public void addTo(Vocabulary.Builder vocabulary) {
        vocabulary.add(Vocabulary.Part.SENTIMENT, RuleLexicons.get().keys());
        vocabulary.add(Vocabulary.Part.SENTIMENT, SentimentModifiers.forms());
    }
}

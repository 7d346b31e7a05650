package io.talentwatch.sentiment.eval;

import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.SentimentAnalyzer;
import io.talentwatch.sentiment.SentimentVerdict;
import io.talentwatch.sentiment.TextSentiment;
import io.talentwatch.text.Sentences;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores labelled texts set by set (a set is a language, split and source) with the job's analyzer
 * and, beside it on the same texts, VADER's rules alone with VADER's own thresholds (compound at
 * least 0.05 positive, at most -0.05 negative), the standard baseline.
 */
public final class SentimentEvaluation {
    public static final double VADER_THRESHOLD = 0.05;
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    public record Result(Map<String, SetScores> model, Map<String, SetScores> baseline) {}

    private SentimentEvaluation() {}

    /** By set name ({@code setOf}); the baseline only for English. */
    public static Result run(SentimentAnalyzer analyzer, List<LabelledText> texts, Function<LabelledText, String> setOf) {
        SentimentAnalyzer rules = SentimentAnalyzer.rulesOnly();
        Map<String, SetScores> model = new TreeMap<>();
        Map<String, SetScores> baseline = new TreeMap<>();
        for (LabelledText text : texts) {
            List<Token> tokens = NORMALIZER.tokens(text.text());
            List<Sentences.Sentence> sentences = Sentences.of(text.text(), tokens);
            SentimentVerdict read = analyzer.analyze(text.text(), tokens, sentences, text.language()).overall();
            String set = setOf.apply(text);
            model.computeIfAbsent(set, s -> new SetScores()).add(text, read.label(), read.score());
            if ("en".equals(text.language())) {
                TextSentiment vader = rules.analyze(text.text(), tokens, sentences, text.language());
                double compound = vader.rulesCompound();
                Label label = compound >= VADER_THRESHOLD ? Label.POSITIVE : compound <= -VADER_THRESHOLD ? Label.NEGATIVE : Label.NEUTRAL;
                baseline.computeIfAbsent(set, s -> new SetScores()).add(text, label, compound);
            }
        }
        return new Result(model, baseline);
    }

    /** language/split/source */
    public static String bySource(LabelledText text) {
        return text.language() + "/" + text.split() + "/" + text.source();
    }
}

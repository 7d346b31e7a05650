package io.talentwatch.sentiment;

import io.talentwatch.sentiment.model.FeatureBag;
import io.talentwatch.sentiment.model.SparseVector;
import io.talentwatch.text.Sentences;
import io.talentwatch.text.Sentences.Sentence;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.util.List;

/**
 * What a model reads of one whole text, exactly as {@link SentimentAnalyzer} computes it at run
 * time: the hashed features as a sparse vector and the rules' dense features. For training.
 */
public record ModelInput(SparseVector hashed, double[] dense) {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    public static ModelInput of(String text, String language, int bits) {
        List<Token> tokens = NORMALIZER.tokens(text);
        List<Sentence> sentences = Sentences.of(text, tokens);
        TextSentiment rules = SentimentAnalyzer.rulesOnly().analyze(text, tokens, sentences, language);
        FeatureBag bag = new FeatureBag();
        new SentimentFeatures(bits).extract(text, tokens, sentences, language, bag);
        return new ModelInput(bag.vector(), rules.reading().features());
    }
}

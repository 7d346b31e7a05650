package io.talentwatch.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.model.LinearModel;
import io.talentwatch.text.Sentences;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What training reads of a text ({@link ModelInput}) is what the job's analyzer scores: the same
 * model over the same text gives the same probabilities either way, for the whole text and, summed
 * per sentence, for any of its sentences.
 */
class ModelParityTest {
    private static final int BITS = 12;
    private static final List<Label> THREE = List.of(Label.NEGATIVE, Label.NEUTRAL, Label.POSITIVE);
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meta is NOT offering a good deal!! The researchers are thrilled, but OpenAI is furious :(|en",
            "ميتا لا تقدم عرضاً جيداً. الباحثون سعداء لكن أوبن إيه آي غاضبة 😡|ar"})
    void trainingInputAndRunTimeScoringAgree(String text, String language) {
        LinearModel model = random(new Random(11));
        ModelInput input = ModelInput.of(text, language, BITS);
        double[] expected = probabilities(model, input);

        List<Token> tokens = NORMALIZER.tokens(text);
        SentimentVerdict verdict = SentimentAnalyzer.with(language, model, 0.1).analyze(text, tokens, Sentences.of(text, tokens), language).overall();

        assertThat(verdict.score()).isCloseTo(expected[2] - expected[0], within(1e-5));
        assertThat(input.hashed().index()).isNotEmpty();
        assertThat(input.dense()).hasSize(Reading.FEATURES);
    }

    @Test
    void aSentenceSubsetReadsLikeThatSentenceAlone() {
        LinearModel model = random(new Random(3));
        String text = "The offer is great. The culture is terrible.";
        List<Token> tokens = NORMALIZER.tokens(text);
        List<Sentences.Sentence> sentences = Sentences.of(text, tokens);
        SentimentVerdict second = SentimentAnalyzer.with("en", model, 0.1).analyze(text, tokens, sentences, "en")
                .ofSentences(List.of(1));

        String alone = "The culture is terrible.";
        List<Token> aloneTokens = NORMALIZER.tokens(alone);
        SentimentVerdict read = SentimentAnalyzer.with("en", model, 0.1).analyze(alone, aloneTokens, Sentences.of(alone, aloneTokens), "en")
                .overall();
        assertThat(second.score()).isCloseTo(read.score(), within(1e-9));
    }

    private static double[] probabilities(LinearModel model, ModelInput input) {
        double[] p = new double[3];
        double total = 0;
        for (int c = 0; c < 3; c++) {
            double margin = model.head(c, 0);
            for (int j = 0; j < input.dense().length; j++) {
                margin += model.head(c, 1 + j) * input.dense()[j];
            }
            for (int k = 0; k < input.hashed().index().length; k++) {
                margin += model.hashed(input.hashed().index()[k], c) * input.hashed().value()[k];
            }
            p[c] = 1 / (1 + Math.exp(-margin));
            total += p[c];
        }
        for (int c = 0; c < 3; c++) {
            p[c] /= total;
        }
        return p;
    }

    private static LinearModel random(Random random) {
        float[][] head = new float[3][Reading.FEATURES + 1];
        for (float[] row : head) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        float[] hashed = new float[3 << BITS];
        for (int i = 0; i < hashed.length; i++) {
            hashed[i] = (float) random.nextGaussian();
        }
        return new LinearModel(THREE, BITS, Reading.FEATURES, head, hashed);
    }
}

package io.talentwatch.sentiment.train;

import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.ModelInput;
import io.talentwatch.sentiment.SentimentAnalyzer;
import io.talentwatch.sentiment.eval.LabelledText;
import io.talentwatch.sentiment.eval.SentimentEvaluation;
import io.talentwatch.sentiment.eval.SetScores;
import io.talentwatch.sentiment.model.LinearModel;
import io.talentwatch.sentiment.model.ModelFile;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains one language's sentiment model from the gathered corpora: the train split for the weights,
 * the dev split to choose the regularization and the neutral band, the test sources (never seen)
 * only to report. Writes the quantized weights the job ships and prints what each split scored.
 *
 * <pre>{@code mvn -B -Ptrain-sentiment test-compile exec:exec -Dcorpora=/path/to/corpora}</pre>
 */
public final class TrainSentiment {
    static final double[] COSTS = costs(System.getProperty("train.costs", "0.3,1,3,10,30"));
    static final double[] BANDS = bands();
    /** Sources left out of training, to measure what each one brings (-Dtrain.exclude=atsad,...). */
    /** Train on positive and negative texts only, neutral then left to the band (-Dtrain.polarOnly=true). */
    static final boolean POLAR_ONLY = Boolean.getBoolean("train.polarOnly");
    static final java.util.Set<String> EXCLUDED = java.util.Set.of(System.getProperty("train.exclude", "").split(","));

    private TrainSentiment() {}

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int bits = Integer.parseInt(args.length > 2 ? args[2] : "18");
        List<String> languages = args.length > 3 ? List.of(args[3].split(",")) : List.of("en", "ar");
        Files.createDirectories(out);
        for (String language : languages) {
            List<LabelledText> texts = language.equals("en") ? EnglishCorpora.all(corpora.resolve("en")) : ArabicCorpora.all(corpora.resolve("ar"));
            System.out.print(CorpusCounts.table(texts));
            Trained trained = train(language, texts, bits);
            try (OutputStream file = Files.newOutputStream(out.resolve(language + ".twsm"))) {
                ModelFile.write(trained.model(), file);
            }
            System.out.printf("%s: C=%s band=%.2f written to %s%n", language, trained.cost(), trained.band(), out.resolve(language + ".twsm"));
            report(language, ModelFile.quantized(trained.model()), trained.band(), texts);
        }
    }

    record Trained(LinearModel model, double cost, double band) {}

    static Trained train(String language, List<LabelledText> texts, int bits) {
        List<ModelInput> inputs = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<LabelledText> dev = new ArrayList<>();
        long start = System.nanoTime();
        for (LabelledText text : texts) {
            if (text.split().equals("train") && !EXCLUDED.contains(text.source())
                    && !(POLAR_ONLY && text.label() == Label.NEUTRAL)) {
                inputs.add(ModelInput.of(text.text(), language, bits));
                labels.add(text.label());
            } else if (text.split().equals("dev")) {
                dev.add(text);
            }
        }
        System.out.printf("%s: %d training texts vectorized in %d s%n", language, inputs.size(), (System.nanoTime() - start) / 1_000_000_000L);
        Trained best = null;
        double bestScore = -1;
        for (double cost : COSTS) {
            LinearModel model = Liblinear.train(inputs, labels, bits, cost);
            for (double band : BANDS) {
                double score = meanWeightedF1(SentimentEvaluation.run(SentimentAnalyzer.with(language, model, band), dev,
                        SentimentEvaluation::bySource).model());
                if (score > bestScore) {
                    bestScore = score;
                    best = new Trained(model, cost, band);
                }
            }
            System.out.printf("%s: C=%s: dev mean weighted F1 at band %.2f: %.4f; best so far %.4f (C=%s band %.2f)%n", language, cost,
                    best.band(), meanWeightedF1(SentimentEvaluation.run(SentimentAnalyzer.with(language, model, best.band()), dev,
                            SentimentEvaluation::bySource).model()), bestScore, best.cost(), best.band());
        }
        return best;
    }

    /** Each dev source weighs the same, whatever its size. */
    static double meanWeightedF1(Map<String, SetScores> sets) {
        return sets.values().stream().mapToDouble(s -> s.confusion().weightedF1()).average().orElse(0);
    }

    static void report(String language, LinearModel model, double band, List<LabelledText> texts) {
        List<LabelledText> scored = texts.stream().filter(t -> !t.split().equals("train")).toList();
        SentimentEvaluation.Result result = SentimentEvaluation.run(SentimentAnalyzer.with(language, model, band), scored,
                SentimentEvaluation::bySource);
        System.out.print(EvaluationTable.of(result));
    }

    private static double[] costs(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double[] bands() {
        double[] bands = new double[26];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = i * 0.02;
        }
        return bands;
    }
}

package io.talentwatch.sentiment.train;

import io.talentwatch.sentiment.SentimentAnalyzer;
import io.talentwatch.sentiment.eval.LabelledText;
import io.talentwatch.sentiment.eval.LabelledTexts;
import io.talentwatch.sentiment.eval.SentimentEvaluation;
import io.talentwatch.sentiment.model.LinearModel;
import io.talentwatch.sentiment.model.ModelFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A trained but not yet shipped model over labelled JSONL files: language, model file, band, files. */
final class EvalFiles {
    private EvalFiles() {}

    public static void main(String[] args) throws Exception {
        String language = args[0];
        LinearModel model;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            model = ModelFile.read(in);
        }
        double band = Double.parseDouble(args[2]);
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            LabelledTexts.read(Path.of(args[i])).stream().filter(t -> t.language().equals(language)).forEach(texts::add);
        }
        System.out.print(EvaluationTable.of(SentimentEvaluation.run(SentimentAnalyzer.with(language, model, band), texts,
                SentimentEvaluation::bySource)));
        System.out.print(EvaluationTable.of(SentimentEvaluation.run(SentimentAnalyzer.rulesOnly(), texts,
                SentimentEvaluation::bySource)));
    }
}

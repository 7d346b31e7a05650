package io.talentwatch.sentiment.train;

import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.eval.SentimentEvaluation;
import io.talentwatch.sentiment.eval.SetScores;
import java.util.Locale;
import java.util.Map;

/** The evaluation as a Markdown table: per set n, coverage, r, accuracy, macro and weighted F1, and VADER's beside it. */
final class EvaluationTable {
    private EvaluationTable() {}

    static String of(SentimentEvaluation.Result result) {
        StringBuilder out = new StringBuilder();
        out.append("| set | n | coverage | r | accuracy | binary accuracy | macro F1 | weighted F1 | neutral precision | VADER r | VADER accuracy | VADER weighted F1 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, SetScores> set : result.model().entrySet()) {
            SetScores m = set.getValue();
            SetScores v = result.baseline().get(set.getKey());
            out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %s | %s |%n",
                    set.getKey(), m.count(), m.confusion().coverage(), m.pearson(), m.confusion().accuracy(), m.confusion().binaryAccuracy(),
                    m.confusion().macroF1(), m.confusion().weightedF1(), m.confusion().precision(Label.NEUTRAL),
                    v == null ? "" : String.format(Locale.ROOT, "%.3f", v.pearson()),
                    v == null ? "" : String.format(Locale.ROOT, "%.3f", v.confusion().accuracy()),
                    v == null ? "" : String.format(Locale.ROOT, "%.3f", v.confusion().weightedF1())));
        }
        return out.toString();
    }
}

package io.talentwatch.sentiment.train;

import io.talentwatch.sentiment.eval.LabelledText;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rows per language, source, split and label: what the training prints before it trains. */
final class CorpusCounts {
    private CorpusCounts() {}

    static String table(List<LabelledText> texts) {
        Map<String, long[]> rows = new TreeMap<>();
        for (LabelledText t : texts) {
            long[] counts = rows.computeIfAbsent(t.language() + "  " + String.format("%-28s %-6s", t.source(), t.split()), k -> new long[3]);
            counts[t.label().ordinal()]++;
        }
        StringBuilder out = new StringBuilder(String.format("%-40s %8s %8s %8s%n", "language source split", "negative", "neutral", "positive"));
        rows.forEach((key, c) -> out.append(String.format("%-40s %8d %8d %8d%n", key, c[0], c[1], c[2])));
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        java.nio.file.Path corpora = java.nio.file.Path.of(args[0]);
        List<LabelledText> all = new java.util.ArrayList<>(EnglishCorpora.all(corpora.resolve("en")));
        all.addAll(ArabicCorpora.all(corpora.resolve("ar")));
        System.out.print(table(all));
    }
}

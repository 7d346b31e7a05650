package io.talentwatch.sentiment.lexicon;

/**
 * An emoji of the Emoji Sentiment Ranking (Kralj Novak et al. 2015): in how many annotated tweets it
 * occurred and how many of those were negative, neutral, positive. {@code score} is
 * (positive - negative) / occurrences, in [-1, 1]; with few occurrences it says little, so a scorer
 * should weigh it by {@code occurrences} or leave rare emoji out.
 */
public record EmojiSentiment(String emoji, double score, int occurrences, int negative, int neutral, int positive,
        String unicodeName) {}

package io.talentwatch.sentiment.lexicon;

/**
 * A VADER lexicon entry: the mean of ten raters' valences on VADER's scale -4..4, and their standard
 * deviation (a high one marks a word people read differently).
 */
public record VaderEntry(String token, double mean, double sd) {}

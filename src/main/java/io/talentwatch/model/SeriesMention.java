package io.talentwatch.model;

import java.io.Serializable;

/**
 * One mention counted in one series (a mention naming three companies counts in each of their
 * series), with what a window needs to explain itself. Arrays for the same reason as
 * {@link Explanation}. {@code sentiment} is the mention's sentiment about the series' company.
 */
public record SeriesMention(
        SeriesKey series,
        String documentId,
        long publishedMillis,
        boolean onTopic,
        double sentiment,
        double topicScore,
        String language,
        String source,
        String title,
        String url,
        String[] topicTerms,
        String[] companies) implements Serializable {}

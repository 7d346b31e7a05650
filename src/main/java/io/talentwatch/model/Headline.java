package io.talentwatch.model;

import java.io.Serializable;

/** A mention chosen to show what a window was about: its headline (or the start of its text) and link. */
public record Headline(String documentId, String title, String url, String source, String language,
        long publishedMillis, double topicScore) implements Serializable {}

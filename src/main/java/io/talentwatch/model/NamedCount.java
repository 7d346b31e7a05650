package io.talentwatch.model;

import java.io.Serializable;

/** How often one value (a term, a company, a source, a language) occurred in a window. */
public record NamedCount(String name, long count) implements Serializable {}

package io.talentwatch.sentiment.model;

/** Hashed feature ids ascending, each with its value: what training reads. */
public record SparseVector(int[] index, float[] value) {}

package io.talentwatch.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mention its source took back: the document {@code documentId}, first published at
 * {@code published} (which names its monthly index), is marked deleted as of {@code deletedAt}.
 */
public record Withdrawal(String documentId, String sourceName, Instant published, Instant deletedAt) implements Serializable {}

package io.talentwatch.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * An input that could not be turned into a document: why, where it came from (topic/partition/offset
 * or file:line) and its raw bytes, so nothing is lost and it can be replayed once fixed.
 */
public record DeadLetter(String stage, String reason, String origin, byte[] raw, Instant at) implements Serializable {}

package io.talentwatch.sink;

import java.io.Serializable;

/** A document ready for the Elasticsearch sink: where it goes, its stable id and its JSON source, already checked. */
public record IndexedDocument(String index, String id, byte[] source) implements Serializable {}

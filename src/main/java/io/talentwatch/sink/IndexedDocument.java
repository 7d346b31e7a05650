package io.talentwatch.sink;

import java.io.Serializable;

/**
 * A document ready for the Elasticsearch sink: where it goes, its stable id and its JSON source,
 * already checked. With {@code merge}, its fields are merged into the document of that id (created if
 * it is missing, so a merge never fails the sink), keeping the fields it does not carry; without, it
 * replaces the document whole.
 */
public record IndexedDocument(String index, String id, byte[] source, boolean merge) implements Serializable {}

package io.talentwatch.sink;

import java.io.Serializable;
import java.util.Map;
import org.apache.flink.util.function.SerializableFunction;

/**
 * How one kind of element becomes an Elasticsearch document: the index it goes to and its JSON
 * (whose {@code id} field is also the document id, so writing it again replaces it).
 */
public final class DocumentRouting<T> implements Serializable {
    private final SerializableFunction<T, String> index;
    private final SerializableFunction<T, Map<String, Object>> document;
    private final String indexPrefix;
    private final boolean merge;

    public DocumentRouting(String indexPrefix, SerializableFunction<T, String> index,
                    SerializableFunction<T, Map<String, Object>> document) {
        this(indexPrefix, index, document, false);
    }

    private DocumentRouting(String indexPrefix, SerializableFunction<T, String> index,
                            SerializableFunction<T, Map<String, Object>> document, boolean merge) {
        this.indexPrefix = indexPrefix;
        this.index = index;
        this.document = document;
        this.merge = merge;
    }

    /** A routing whose documents are merged into the existing document of their id (fields they lack are kept) rather than replacing it. */
    public static <T> DocumentRouting<T> merging(String indexPrefix, SerializableFunction<T, String> index,
                                                 SerializableFunction<T, Map<String, Object>> document) {
        return new DocumentRouting<>(indexPrefix, index, document, true);
    }

    public boolean merge() {
        return merge;
    }

    public String index(T element) {
        return index.apply(element);
    }

    public Map<String, Object> document(T element) {
        return document.apply(element);
    }

    /** The prefix of every index this routing writes to, which selects the templates to check against. */
    public String indexPrefix() {
        return indexPrefix;
    }
}

package io.talentwatch.sink;

import java.util.Map;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.elasticsearch.sink.ElasticsearchEmitter;
import org.apache.flink.connector.elasticsearch.sink.RequestIndexer;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.action.index.IndexRequest;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.common.xcontent.XContentType;
import org.apache.flink.util.function.SerializableFunction;

/** Indexes each element under its own stable id, so writing it again replaces it. */
final class IndexEmitter<T> implements ElasticsearchEmitter<T> {
    private final SerializableFunction<T, String> index;
    private final SerializableFunction<T, Map<String, Object>> document;

    IndexEmitter(SerializableFunction<T, String> index, SerializableFunction<T, Map<String, Object>> document) {
        this.index = index;
        this.document = document;
    }

    @Override
    public void emit(T element, SinkWriter.Context context, RequestIndexer indexer) {
        Map<String, Object> json = document.apply(element);
        indexer.add(new IndexRequest(index.apply(element))
                .id((String) json.get("id"))
                .source(Json.bytes(json), XContentType.JSON));
    }
}

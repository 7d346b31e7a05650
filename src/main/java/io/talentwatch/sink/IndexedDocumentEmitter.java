package io.talentwatch.sink;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.elasticsearch.sink.ElasticsearchEmitter;
import org.apache.flink.connector.elasticsearch.sink.RequestIndexer;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.action.index.IndexRequest;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.common.xcontent.XContentType;

/** Indexes each checked document under its own stable id, so writing it again replaces it. */
final class IndexedDocumentEmitter implements ElasticsearchEmitter<IndexedDocument> {
    @Override
    public void emit(IndexedDocument document, SinkWriter.Context context, RequestIndexer indexer) {
        indexer.add(new IndexRequest(document.index()).id(document.id()).source(document.source(), XContentType.JSON));
    }
}

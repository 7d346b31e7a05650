package io.talentwatch.sink;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.elasticsearch.sink.ElasticsearchEmitter;
import org.apache.flink.connector.elasticsearch.sink.RequestIndexer;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.action.index.IndexRequest;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.action.update.UpdateRequest;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.common.xcontent.XContentType;

/** Writes each checked document under its own stable id, so writing it again replaces it, or merges it (see {@link IndexedDocument#merge}). */
final class IndexedDocumentEmitter implements ElasticsearchEmitter<IndexedDocument> {
    // The mention and its withdrawal are merged by two sinks at once; a version conflict between the
    // two is retried on the node rather than failing the bulk item, which would restart the job.
    private static final int CONFLICT_RETRIES = 5;

    @Override
    public void emit(IndexedDocument document, SinkWriter.Context context, RequestIndexer indexer) {
        if (document.merge()) {
            indexer.add(new UpdateRequest(document.index(), document.id())
                    .doc(document.source(), XContentType.JSON).docAsUpsert(true)
                    .detectNoop(false) // a replay rewrites, as an index request would: its version counts up
                    .retryOnConflict(CONFLICT_RETRIES));
        } else {
            indexer.add(new IndexRequest(document.index()).id(document.id()).source(document.source(), XContentType.JSON));
        }
    }
}

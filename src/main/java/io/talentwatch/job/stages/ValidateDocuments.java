package io.talentwatch.job.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.model.DeadLetter;
import io.talentwatch.sink.DocumentRouting;
import io.talentwatch.sink.IndexedDocument;
import io.talentwatch.sink.check.DocumentValidator;
import java.time.Instant;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The last stage before an Elasticsearch sink: builds each element's document and lets through only
 * what the index template accepts. The sink has no failure handler, so a document Elasticsearch
 * refuses would fail the whole job; here it leaves by {@link #REJECTED} as a dead letter naming the field.
 */
public final class ValidateDocuments<T> extends ProcessFunction<T, IndexedDocument> {
    public static final OutputTag<DeadLetter> REJECTED = new OutputTag<>("rejected-documents") {};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentRouting<T> routing;
    private transient DocumentValidator validator;
    private transient Counter rejected;

    public ValidateDocuments(DocumentRouting<T> routing) {
        this.routing = routing;
    }

    @Override
    public void open(OpenContext context) {
        validator = DocumentValidator.bundled(routing.indexPrefix());
        rejected = StageMetrics.countedAndMetered(getRuntimeContext(), "documentsRejected");
    }

    @Override
    public void processElement(T element, Context context, Collector<IndexedDocument> out) throws Exception {
        String index = routing.index(element);
        JsonNode source = JSON.valueToTree(routing.document(element));
        String id = source.path("id").asText(null);
        byte[] bytes = JSON.writeValueAsBytes(source);
        Optional<String> problem = validator.problem(index, id, source, bytes.length);
        if (problem.isEmpty()) {
            out.collect(new IndexedDocument(index, id, bytes));
            return;
        }
        rejected.inc();
        Long timestamp = context.timestamp();
        context.output(REJECTED, new DeadLetter("elasticsearch", problem.get(), index + "/_doc/" + id, bytes,
                timestamp != null ? Instant.ofEpochMilli(timestamp) : Instant.now()));
    }
}

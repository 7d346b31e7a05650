package io.talentwatch.job.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.model.DeadLetter;
import io.talentwatch.sink.DocumentRouting;
import io.talentwatch.sink.IndexedDocument;
import io.talentwatch.sink.check.DocumentValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        String index = null;
        String id;
        byte[] bytes;
        Optional<String> problem;
        try {
            index = routing.index(element);
            JsonNode source = JSON.valueToTree(routing.document(element));
            id = source.path("id").asText(null);
            bytes = JSON.writeValueAsBytes(source);
            problem = validator.problem(index, id, source, bytes.length);
        } catch (RuntimeException | IOException e) {
            // A document that cannot even be built (a bug, or input no test foresaw) is a dead letter too, not a failed job.
            reject(context, "cannot build the document: " + e,
                    (index != null ? index : routing.indexPrefix() + "-*") + "/" + element.getClass().getSimpleName(), describe(element));
            return;
        }
        if (problem.isEmpty()) {
            out.collect(new IndexedDocument(index, id, bytes, routing.merge()));
            return;
        }
        reject(context, problem.get(), index + "/_doc/" + id, bytes);
    }

    /** The element as text for the dead letter (the dead-letter JSON truncates it), even if its toString fails. */
    private static byte[] describe(Object element) {
        String text;
        try {
            text = String.valueOf(element);
        } catch (RuntimeException e) {
            text = element.getClass().getName() + " (toString failed: " + e + ")";
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void reject(Context context, String reason, String origin, byte[] raw) {
        rejected.inc();
        Long timestamp = context.timestamp();
        context.output(REJECTED, new DeadLetter("elasticsearch", reason, origin, raw,
                timestamp != null ? Instant.ofEpochMilli(timestamp) : Instant.now()));
    }
}

package io.talentwatch.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.model.Document;
import io.talentwatch.model.SourceKind;
import io.talentwatch.sink.Json;
import io.talentwatch.sink.SinkDocuments;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code talentwatch enrich}: JSONL documents in ({@code text} required; {@code id}, {@code title},
 * {@code lang} optional), one JSONL analysis out per document, through {@link Enricher#analyze},
 * the job's own code and settings. A bad line is reported with its number and skipped.
 */
public final class EnrichLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Enricher enricher;
    private final double onTopicScore;

    public EnrichLines(JobDefinition job) {
        this.enricher = new Enricher(job);
        this.onTopicScore = job.topic().minScore();
    }

    /** Returns the number of lines rejected (each reported on {@code errors} as "line N: reason"). */
    public long run(BufferedReader in, OutputStream out, PrintStream errors) throws IOException {
        long rejected = 0;
        long number = 0;
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.write(Json.bytes(analyze(document(line, number))));
                out.write('\n');
            } catch (BadLine e) {
                rejected++;
                errors.println("line " + number + ": " + e.getMessage());
            }
        }
        out.flush();
        return rejected;
    }

    private Map<String, Object> analyze(Document document) {
        Enrichment enrichment = enricher.analyze(document);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", document.id());
        json.put("lang", enrichment.document().language());
        json.putAll(SinkDocuments.analysis(enrichment.asMention(), onTopicScore));
        return json;
    }

    private static Document document(String line, long number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("expected a JSON object");
        }
        String text = optionalText(node, "text");
        if (text == null || text.isBlank()) {
            throw new BadLine("'text' is required and must be a non-empty string");
        }
        String id = optionalText(node, "id");
        Instant now = Instant.now();
        return new Document(id != null ? id : "line-" + number, SourceKind.NEWS, "enrich", null, null,
                optionalText(node, "title"), text, optionalText(node, "lang"), now, now);
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadLine("'" + field + "' must be a string, got " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asText();
    }

    private static final class BadLine extends RuntimeException {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }
}

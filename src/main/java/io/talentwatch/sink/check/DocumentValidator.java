package io.talentwatch.sink.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Would Elasticsearch accept this document? The last guard before the sink, which has no failure
 * handler: one document refused with HTTP 400 fails the whole job. Checks what a strict template
 * rejects: the index name, the id, unknown fields, values of the wrong type or out of range, dates
 * Elasticsearch cannot read, keywords over Lucene's term limit and oversized documents.
 */
public final class DocumentValidator implements Serializable {
    /** Elasticsearch refuses longer ids. */
    static final int MAX_ID_BYTES = 512;
    /** Far above any real mention; keeps one document from outgrowing a bulk request (5 MB flushes). */
    public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

    private final List<IndexTemplate> templates;

    public DocumentValidator(List<IndexTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    /** Against the templates bundled in the jar, for one index prefix. */
    public static DocumentValidator bundled(String prefix) {
        return new DocumentValidator(IndexTemplate.bundled(prefix));
    }

    /** Why Elasticsearch would refuse the document, naming the field; empty when it would index it. */
    public Optional<String> problem(String index, String id, JsonNode source, int sourceBytes) {
        String problem = IndexNames.problem(index);
        if (problem != null) {
            return Optional.of(problem);
        }
        if (id == null || id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            return Optional.of("the document id is empty or over " + MAX_ID_BYTES + " bytes");
        }
        if (sourceBytes > MAX_DOCUMENT_BYTES) {
            return Optional.of("the document has " + sourceBytes + " bytes, over the limit of " + MAX_DOCUMENT_BYTES);
        }
        IndexTemplate template = templates.stream().filter(t -> t.appliesTo(index)).findFirst().orElse(null);
        if (template == null) {
            return Optional.of("index '" + index + "' matches no TalentWatch index template, so its mapping is unknown");
        }
        if (!source.isObject()) {
            return Optional.of("the document is not a JSON object");
        }
        return Optional.ofNullable(object(template.fields(), source, "", template.strict()));
    }

    private static String object(Map<String, FieldMapping> fields, JsonNode object, String path, boolean strict) {
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = path + entry.getKey();
            FieldMapping field = fields.get(entry.getKey());
            if (field == null) {
                if (strict) {
                    return "field '" + name + "' is not in the strict mapping";
                }
                continue;
            }
            String problem = value(field, entry.getValue(), name, strict);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** A value, or each element of an array of values (Elasticsearch has no array type). */
    private static String value(FieldMapping field, JsonNode value, String name, boolean strict) {
        if (value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (element.isArray()) {
                    // Elasticsearch flattens nested arrays; TalentWatch never writes one, so it is a bug to report.
                    return "field '" + name + "' holds an array inside an array";
                }
                String problem = value(field, element, name, strict);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (field.isObject()) {
            return value.isObject() ? object(field.properties(), value, name + ".", strict)
                    : "field '" + name + "' is an object in the mapping, got " + FieldTypes.kind(value);
        }
        if (value.isObject()) {
            return "field '" + name + "' is a " + field.type() + ", got an object";
        }
        String problem = FieldTypes.problem(field, value);
        if (problem != null) {
            return "field '" + name + "': " + problem;
        }
        for (FieldMapping subfield : field.subfields()) {
            String sub = FieldTypes.problem(subfield, value);
            if (sub != null) {
                return "field '" + name + "' (a sub-field): " + sub;
            }
        }
        return null;
    }
}

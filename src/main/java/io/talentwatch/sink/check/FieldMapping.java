package io.talentwatch.sink.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a strict index mapping, as far as accepting a value goes: its type, the
 * {@code ignore_above} of a keyword, the properties of an object and the multi-fields that index
 * the same value again (a text field's {@code .keyword}).
 */
public record FieldMapping(String type, Integer ignoreAbove, Map<String, FieldMapping> properties,
                           List<FieldMapping> subfields) implements Serializable {

    public static final String OBJECT = "object";

    public FieldMapping {
        properties = Map.copyOf(properties);
        subfields = List.copyOf(subfields);
    }

    /** The {@code properties} of a mapping (or of an object field) as a map of fields. */
    static Map<String, FieldMapping> properties(JsonNode properties, String path) {
        Map<String, FieldMapping> fields = new LinkedHashMap<>();
        properties.fields().forEachRemaining(e -> fields.put(e.getKey(), of(e.getValue(), path + e.getKey())));
        return fields;
    }

    private static FieldMapping of(JsonNode field, String path) {
        if (field.has("properties")) {
            return new FieldMapping(OBJECT, null, properties(field.get("properties"), path + "."), List.of());
        }
        String type = field.path("type").asText("");
        if (!FieldTypes.KNOWN.contains(type)) {
            // A type added to a template must be taught to the validator before it can be trusted.
            throw new IllegalArgumentException("field '" + path + "' has type '" + type
                    + "', which the document validator does not know; known: " + FieldTypes.KNOWN);
        }
        List<FieldMapping> subfields = new ArrayList<>();
        field.path("fields").fields().forEachRemaining(e -> subfields.add(of(e.getValue(), path + "." + e.getKey())));
        Integer ignoreAbove = field.has("ignore_above") ? field.get("ignore_above").asInt() : null;
        return new FieldMapping(type, ignoreAbove, Map.of(), subfields);
    }

    boolean isObject() {
        return OBJECT.equals(type);
    }
}

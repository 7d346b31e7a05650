package io.talentwatch.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved objects of connectors/kibana/ as setup sends them, with the lookups the guards need:
 * objects by id, each object's references by name, the names its attributes use, and the data
 * view a panel reads.
 */
record DashboardObjects(Map<String, ObjectNode> byId) {
    static final Path DIR = Path.of("connectors/kibana");
    static final Path JOB = Path.of("jobs/talent-poaching.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A reference of an object: what its attributes call it, and the object it points at. */
    record Ref(String name, String type, String id) {}

    /** The shipped objects for the shipped job (prefix {@code talentwatch}). */
    static DashboardObjects shipped() {
        return of(KibanaSavedObjects.forJob(DIR, JobDefinitionLoader.load(JOB)));
    }

    static DashboardObjects forJob(JobDefinition job) {
        return of(KibanaSavedObjects.forJob(DIR, job));
    }

    static DashboardObjects of(KibanaSavedObjects objects) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (ObjectNode object : objects.objects()) {
            if (byId.put(object.path("id").asText(), object) != null) {
                throw new IllegalStateException("saved object id used twice: " + object.path("id").asText());
            }
        }
        return new DashboardObjects(byId);
    }

    List<ObjectNode> ofType(String type) {
        return byId.values().stream().filter(o -> type.equals(o.path("type").asText())).toList();
    }

    ObjectNode get(String id) {
        ObjectNode object = byId.get(id);
        if (object == null) {
            throw new AssertionError("no saved object with id " + id);
        }
        return object;
    }

    static List<Ref> references(JsonNode object) {
        List<Ref> refs = new ArrayList<>();
        object.path("references").forEach(r -> refs.add(new Ref(r.path("name").asText(), r.path("type").asText(), r.path("id").asText())));
        return refs;
    }

    static Optional<Ref> reference(JsonNode object, String name) {
        return references(object).stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * The reference names an object's attributes use, as Kibana resolves them: a saved search's
     * {@code indexRefName}, a dashboard panel's {@code panelIndex:panelRefName}, a Lens layer's
     * {@code indexpattern-datasource-layer-<id>} and an annotation layer's {@code xy-visualization-layer-<id>}.
     */
    static List<String> usedReferenceNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        JsonNode attributes = object.path("attributes");
        JsonNode source = embedded(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON"));
        if (source.hasNonNull("indexRefName")) {
            names.add(source.path("indexRefName").asText());
        }
        for (JsonNode panel : embedded(attributes.path("panelsJSON"))) {
            names.add(panel.path("panelIndex").asText() + ":" + panel.path("panelRefName").asText());
        }
        attributes.path("state").path("datasourceStates").path("formBased").path("layers").fieldNames()
                .forEachRemaining(layer -> names.add("indexpattern-datasource-layer-" + layer));
        for (JsonNode layer : attributes.path("state").path("visualization").path("layers")) {
            if ("annotations".equals(layer.path("layerType").asText())) {
                names.add("xy-visualization-layer-" + layer.path("layerId").asText());
            }
        }
        return names;
    }

    /** The data view a name of this object's references points at. */
    ObjectNode dataView(JsonNode object, String refName) {
        Ref ref = reference(object, refName).orElseThrow(() ->
                new AssertionError(object.path("id").asText() + " has no reference named " + refName));
        ObjectNode view = get(ref.id());
        if (!"index-pattern".equals(view.path("type").asText())) {
            throw new AssertionError(refName + " of " + object.path("id").asText() + " is not a data view");
        }
        return view;
    }

    /** The dashboard's panels: panelIndex to the saved object it shows. */
    Map<String, ObjectNode> panels(ObjectNode dashboard) {
        Map<String, ObjectNode> panels = new LinkedHashMap<>();
        for (JsonNode panel : embedded(dashboard.path("attributes").path("panelsJSON"))) {
            String name = panel.path("panelIndex").asText() + ":" + panel.path("panelRefName").asText();
            Ref ref = reference(dashboard, name).orElseThrow(() -> new AssertionError("panel " + name + " has no reference"));
            panels.put(panel.path("panelIndex").asText(), get(ref.id()));
        }
        return panels;
    }

    /** JSON that Kibana keeps as a string attribute, parsed; an empty object when absent. */
    static JsonNode embedded(JsonNode text) {
        if (text.isMissingNode() || text.isNull()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text.asText());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text.asText(), e);
        }
    }
}

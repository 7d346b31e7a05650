package io.talentwatch.setup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The two guards that stand in for a Kibana: references resolve, and fields exist with a usable type. */
final class SavedObjectChecks {
    private static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float");
    private static final Set<String> DATE = Set.of("date", "date_nanos");

    private SavedObjectChecks() {}

    /**
     * Every reference points at an object of the file with its type, every name the attributes use is
     * a reference, and no reference is left unused.
     */
    static List<String> referenceProblems(DashboardObjects objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects.byId().values()) {
            String id = object.path("type").asText() + " " + object.path("id").asText();
            List<DashboardObjects.Ref> refs = DashboardObjects.references(object);
            List<String> used = DashboardObjects.usedReferenceNames(object);
            for (DashboardObjects.Ref ref : refs) {
                ObjectNode target = objects.byId().get(ref.id());
                if (target == null) {
                    problems.add(id + ": reference " + ref.name() + " points at missing " + ref.type() + " " + ref.id());
                } else if (!target.path("type").asText().equals(ref.type())) {
                    problems.add(id + ": reference " + ref.name() + " says " + ref.type() + " but " + ref.id() + " is a " + target.path("type").asText());
                }
                if (!used.contains(ref.name())) {
                    problems.add(id + ": reference " + ref.name() + " is not used by its attributes");
                }
            }
            for (String name : used) {
                if (refs.stream().noneMatch(r -> r.name().equals(name))) {
                    problems.add(id + ": uses reference " + name + " that is not in its references");
                }
            }
        }
        return problems;
    }

    /** Every field use against the template serving its data view, with {@code prefix} substituted. */
    static List<String> fieldProblems(List<PanelFields.FieldUse> uses, String prefix) {
        Map<String, Map<String, String>> mappings = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (PanelFields.FieldUse use : uses) {
            Map<String, String> fields = mappings.computeIfAbsent(use.dataView(), view -> TemplateFields.of(view, prefix));
            String type = fields.get(use.field());
            String where = use.object() + " (" + use.dataView() + "): " + use.use() + " on '" + use.field() + "'";
            if (type == null) {
                problems.add(where + ": no such field in the index template");
            } else if (!compatible(use.use(), type)) {
                problems.add(where + ": field is " + type);
            }
        }
        return problems;
    }

    static boolean compatible(PanelFields.Use use, String type) {
        return switch (use) {
            case TIME_FIELD, DATE_HISTOGRAM -> DATE.contains(type);
            case TERMS -> "keyword".equals(type) || "boolean".equals(type) || NUMERIC.contains(type);
            case NUMERIC_METRIC -> NUMERIC.contains(type);
            case SORT -> DATE.contains(type) || NUMERIC.contains(type) || "keyword".equals(type) || "boolean".equals(type);
            // Discover highlights every column it can; a column that is not text simply shows no highlight.
            case HIGHLIGHT, SHOWN, QUERIED -> !"object".equals(type);
        };
    }

    /** The text fields among the highlighted columns of a saved search: where Kibana can mark matched terms. */
    static List<String> highlightedTextFields(List<PanelFields.FieldUse> uses, String object, String prefix) {
        return uses.stream()
                .filter(u -> u.object().equals(object) && u.use() == PanelFields.Use.HIGHLIGHT)
                .filter(u -> "text".equals(TemplateFields.of(u.dataView(), prefix).get(u.field())))
                .map(PanelFields.FieldUse::field)
                .toList();
    }
}

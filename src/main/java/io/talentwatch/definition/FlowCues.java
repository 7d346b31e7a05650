package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.byLanguage;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that state a talent flow, per language, by the role they play in a sentence. Verbs:
 * {@code hire} (its subject gains people: "Meta poached", "استقطبت"), {@code join} (people move to
 * its object), {@code leave} (people move away from its object), {@code lose} (its subject loses
 * people). Markers: {@code from} (the source), {@code to} (the destination), {@code by} (the agent
 * of a passive). {@code staff}: nouns a head count attaches to ("three researchers").
 * {@code not}: words that, just before a verb, make it no flow at all: a denial, an attempt or an
 * offer ("did not hire", "tried to lure", "لم تستقطب", "تسعى إلى ضم").
 * An empty section turns flow extraction off.
 */
public record FlowCues(
        Map<String, List<String>> hire,
        Map<String, List<String>> join,
        Map<String, List<String>> leave,
        Map<String, List<String>> lose,
        Map<String, List<String>> from,
        Map<String, List<String>> to,
        Map<String, List<String>> by,
        Map<String, List<String>> staff,
        Map<String, List<String>> not) implements Serializable {

    /** What each cue does; the order is the order the extractor prefers verbs in. */
    public enum Role {
        HIRE, JOIN, LEAVE, LOSE, FROM, TO, BY, STAFF, NOT;

        /** A verb states a flow; the roles after it say which company gains and which loses. */
        public boolean isVerb() {
            return this == HIRE || this == JOIN || this == LEAVE || this == LOSE;
        }

        /** A marker tells what the companies after it are: the source, the destination or the agent. */
        public boolean isMarker() {
            return this == FROM || this == TO || this == BY;
        }
    }

    public static FlowCues none() {
        return new FlowCues(null, null, null, null, null, null, null, null, null);
    }

    public FlowCues {
        hire = byLanguage("flows.hire", hire);
        join = byLanguage("flows.join", join);
        leave = byLanguage("flows.leave", leave);
        lose = byLanguage("flows.lose", lose);
        from = byLanguage("flows.from", from);
        to = byLanguage("flows.to", to);
        by = byLanguage("flows.by", by);
        staff = byLanguage("flows.staff", staff);
        not = byLanguage("flows.not", not);
    }

    /** Every cue phrase (all languages) by role. */
    public Map<Role, List<String>> byRole() {
        Map<Role, List<String>> roles = new LinkedHashMap<>();
        List<Map<String, List<String>>> sections = List.of(hire, join, leave, lose, from, to, by, staff, not);
        for (Role role : Role.values()) {
            roles.put(role, sections.get(role.ordinal()).values().stream().flatMap(List::stream).distinct().toList());
        }
        return roles;
    }

    public boolean isEmpty() {
        return hire.isEmpty() && join.isEmpty() && leave.isEmpty() && lose.isEmpty();
    }
}

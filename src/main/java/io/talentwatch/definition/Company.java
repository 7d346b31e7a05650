package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.byLanguage;
import static io.talentwatch.definition.Settings.list;
import static io.talentwatch.definition.Settings.required;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A company on the watch list. {@code aliases} are keyed by language; the name itself is always an
 * alias. {@code ambiguous} lists aliases that are also common words ("meta", "apple"): they count
 * only when written as a name (capitalized) or next to company context.
 */
public record Company(String id, String name, Map<String, List<String>> aliases, List<String> ambiguous)
        implements Serializable {

    public Company {
        id = required("id", id);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidSetting("id", "must be lower case letters, digits or '-', got '" + id + "'");
        }
        name = required("name", name);
        aliases = byLanguage("aliases", aliases);
        ambiguous = list(ambiguous);
    }

    /** The name and every alias, whatever the language. */
    public List<String> allAliases() {
        return Stream.concat(Stream.of(name), aliases.values().stream().flatMap(List::stream)).distinct().toList();
    }
}

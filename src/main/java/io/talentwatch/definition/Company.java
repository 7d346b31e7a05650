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
 * alias. {@code ambiguous} lists aliases that are also common words ("meta", "apple", "ماسك"): they
 * count only when written as in this file (capitals included) and, where the text alone cannot
 * tell (a sentence's first word, Arabic script), only next to {@code context}: another watched
 * name, a topic term or one of these words ("iPhone", "Cupertino", "shares").
 */
public record Company(String id, String name, Map<String, List<String>> aliases, List<String> ambiguous,
        Map<String, List<String>> context) implements Serializable {

    public Company {
        id = required("id", id);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidSetting("id", "must be lower case letters, digits or '-', got '" + id + "'");
        }
        name = required("name", name);
        aliases = byLanguage("aliases", aliases);
        ambiguous = list(ambiguous);
        context = byLanguage("context", context);
    }

    public List<String> allContext() {
        return context.values().stream().flatMap(List::stream).distinct().toList();
    }

    /** The name and every alias, whatever the language. */
    public List<String> allAliases() {
        return Stream.concat(Stream.of(name), aliases.values().stream().flatMap(List::stream)).distinct().toList();
    }
}

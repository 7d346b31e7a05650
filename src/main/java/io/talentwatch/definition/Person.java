package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.byLanguage;
import static io.talentwatch.definition.Settings.list;
import static io.talentwatch.definition.Settings.required;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A person on the watch list, linked to a company: naming them counts as a mention of it too.
 * {@code ambiguous} aliases (a surname that is also a word, like ماسك) need context, as a company's do.
 */
public record Person(String name, String company, Map<String, List<String>> aliases, List<String> ambiguous)
        implements Serializable {
    public Person {
        name = required("name", name);
        company = required("company", company);
        aliases = byLanguage("aliases", aliases);
        ambiguous = list(ambiguous);
    }

    public List<String> allAliases() {
        return Stream.concat(Stream.of(name), aliases.values().stream().flatMap(List::stream)).distinct().toList();
    }
}

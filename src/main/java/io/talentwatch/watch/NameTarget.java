package io.talentwatch.watch;

import java.io.Serializable;
import java.util.List;

/**
 * What a name alias stands for: a company, or a person (counted for their company).
 * {@code writtenWords} is set for ambiguous aliases only: the alias's words exactly as the job
 * definition writes them, which the text must repeat (capitals included).
 */
record NameTarget(String companyId, String person, List<String> writtenWords) implements Serializable {
    NameTarget {
        writtenWords = List.copyOf(writtenWords);
    }

    boolean isPerson() {
        return person != null;
    }

    boolean ambiguous() {
        return !writtenWords.isEmpty();
    }

    /** Whether the alias is written in a script with capitals, so its spelling can show it is a name. */
    boolean cased() {
        return writtenWords.stream().anyMatch(w -> w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c)));
    }
}

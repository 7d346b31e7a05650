package io.talentwatch.watch;

import java.io.Serializable;
import java.util.List;

/**
 * What a name alias stands for: a company, or a person (counted for their company).
 * {@code writtenWords} is set for ambiguous aliases only: the alias's words exactly as the job
 * definition writes them, which the text must repeat (capitals included). {@code plainSpellings}
 * are the other aliases that read the same once normalized but are not ambiguous (آبل and أبل next to
 * ambiguous ابل): written exactly like one of them, the name needs no guard. {@code cased}: the
 * ambiguous alias is written in a script with capitals, so its spelling can show it is a name.
 */
record NameTarget(String companyId, String person, List<String> writtenWords, java.util.Set<String> plainSpellings,
        boolean cased) implements Serializable {
    NameTarget {
        writtenWords = List.copyOf(writtenWords);
        plainSpellings = java.util.Set.copyOf(plainSpellings);
    }

    static NameTarget of(String companyId, String person, List<String> writtenWords, java.util.Set<String> plainSpellings) {
        boolean cased = writtenWords.stream()
                .anyMatch(w -> w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c)));
        return new NameTarget(companyId, person, writtenWords, plainSpellings, cased);
    }

    boolean isPerson() {
        return person != null;
    }

    /** Written like one of the plain spellings, maybe after an attached particle (لآبل). */
    boolean writtenPlainly(String surface) {
        for (String spelling : plainSpellings) {
            if (surface.endsWith(spelling)) {
                return true;
            }
        }
        return false;
    }

    boolean ambiguous() {
        return !writtenWords.isEmpty();
    }
}

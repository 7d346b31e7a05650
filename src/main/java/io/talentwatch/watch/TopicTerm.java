package io.talentwatch.watch;

import java.io.Serializable;
import java.util.Map;

/**
 * A topic term after normalization. Entries that read the same once stemmed (offer/offers,
 * الباحثين/باحثين) are one term, weighted by the highest of them, so one word never counts twice.
 * {@code writtenByForm} maps each entry's normalized words (space-joined) to how the job writes it,
 * to report the entry the text actually used; {@code written} is reported otherwise.
 */
record TopicTerm(double weight, String written, Map<String, String> writtenByForm) implements Serializable {
    TopicTerm {
        writtenByForm = Map.copyOf(writtenByForm);
    }

    /** Without the map, which is costly to hash on every hit and tells nothing: an index's terms differ in {@code written}. */
    @Override
    public int hashCode() {
        return Double.hashCode(weight) * 31 + written.hashCode();
    }

    String writtenFor(String normalizedForm) {
        return writtenByForm.getOrDefault(normalizedForm, written);
    }
}

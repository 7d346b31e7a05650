package io.talentwatch.model;

import java.io.Serializable;
import java.util.Locale;

/**
 * Where a watch-list entry was found: char offsets [start, end) into the matched text, what kind of
 * entry, its id (company id, person name, or topic term as written in the job definition), and the
 * company it counts for (a person's company; null for a topic term).
 */
public record Span(int start, int end, Kind kind, String id, String company) implements Serializable {
    public enum Kind {
        COMPANY,
        PERSON,
        TOPIC;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

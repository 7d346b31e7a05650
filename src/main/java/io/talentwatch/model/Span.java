package io.talentwatch.model;

import java.io.Serializable;
import java.util.Locale;

/**
 * Where a watch-list entry was found: char offsets [start, end) into the matched text, what kind of
 * entry, and its id (company id, person name, or topic term as written in the job definition).
 */
public record Span(int start, int end, Kind kind, String id) implements Serializable {
    public enum Kind {
        COMPANY,
        PERSON,
        TOPIC;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

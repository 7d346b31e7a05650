package io.talentwatch.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a feed already published in this run, by record key and a fingerprint of the value: many
 * servers ignore conditional GET and most feeds repeat their last items on every poll. A changed
 * value under the same key (an edit) is new. Bounded: the keys least recently seen are forgotten.
 */
final class SeenKeys {
    static final int CAPACITY = 5_000;

    private final Map<String, String> fingerprints;

    SeenKeys(int capacity) {
        this.fingerprints = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time this key comes with this fingerprint; remembers it either way. */
    synchronized boolean firstTime(String key, String fingerprint) {
        return !fingerprint.equals(fingerprints.put(key, fingerprint));
    }

    /** Forgets a key whose record was lost (Kafka refused it), so that the next poll that sees it sends it again. */
    synchronized void forget(String key, String fingerprint) {
        fingerprints.remove(key, fingerprint);
    }
}

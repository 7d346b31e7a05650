package io.talentwatch.watch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases keyed by their first word, longest first under each key, so a scan tries the
 * longest candidate first and one hash lookup per word finds every phrase that could start there.
 */
final class PhraseIndex<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A phrase's word keys and everything it stands for. */
    record Phrase<T>(List<String> keys, List<T> targets) implements Serializable {
        int length() {
            return keys.size();
        }
    }

    private final Map<String, List<Phrase<T>>> byFirstKey;

    private PhraseIndex(Map<String, List<Phrase<T>>> byFirstKey) {
        this.byFirstKey = byFirstKey;
    }

    List<Phrase<T>> startingWith(String key) {
        return byFirstKey.getOrDefault(key, List.of());
    }

    int size() {
        return byFirstKey.values().stream().mapToInt(List::size).sum();
    }

    static final class Builder<T> {
        private final Map<List<String>, Set<T>> targets = new LinkedHashMap<>();

        /** Blank phrases (nothing left after normalization) are ignored. */
        Builder<T> add(List<String> keys, T target) {
            if (!keys.isEmpty()) {
                targets.computeIfAbsent(List.copyOf(keys), k -> new LinkedHashSet<>()).add(target);
            }
            return this;
        }

        PhraseIndex<T> build() {
            Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
            targets.forEach((keys, ts) -> byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>())
                    .add(new Phrase<>(keys, List.copyOf(ts))));
            byFirst.replaceAll((k, phrases) -> {
                phrases.sort(Comparator.comparingInt((Phrase<T> p) -> p.length()).reversed());
                return List.copyOf(phrases);
            });
            return new PhraseIndex<>(byFirst);
        }
    }
}

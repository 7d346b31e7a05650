package io.talentwatch.text;

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
public final class PhraseIndex<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A phrase's word keys and everything it stands for. */
    public record Phrase<T>(List<String> keys, List<T> targets) implements Serializable {
        public int length() {
            return keys.size();
        }
    }

    private final Map<String, List<Phrase<T>>> byFirstKey;

    private PhraseIndex(Map<String, List<Phrase<T>>> byFirstKey) {
        this.byFirstKey = byFirstKey;
    }

    public List<Phrase<T>> startingWith(String key) {
        return byFirstKey.getOrDefault(key, List.of());
    }

    /** Where a phrase was found: tokens [{@code from}, {@code from + phrase.length()}). */
    public record Hit<T>(int from, Phrase<T> phrase) {
        public int to() {
            return from + phrase.length();
        }

        public T target() {
            return phrase.targets().get(0);
        }
    }

    /**
     * Every term phrase in {@code tokens}, left to right, longest first at each word, never
     * overlapping: the first word looked up by its term keys, the following ones by light stem.
     * Words outside {@code part}, the part of the vocabulary this index's first keys went into, are
     * skipped without a lookup.
     */
    public List<Hit<T>> scanTerms(List<Token> tokens, Vocabulary.Part part) {
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit<T> hit = longestTermAt(tokens, i, part);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.to();
            }
        }
        return hits;
    }

    // Plain calls and indexed loops, no function objects or iterators: this runs for every word of every
    // text, several times, and megamorphic lambdas here cost more than the lookups themselves.
    private Hit<T> longestTermAt(List<Token> tokens, int i, Vocabulary.Part part) {
        Token token = tokens.get(i);
        if (!token.in(part)) {
            return null;
        }
        List<String> keys = token.termKeys();
        for (int k = 0; k < keys.size(); k++) {
            List<Phrase<T>> phrases = startingWith(keys.get(k));
            for (int p = 0; p < phrases.size(); p++) {
                if (continuesByStem(phrases.get(p), tokens, i)) {
                    return new Hit<>(i, phrases.get(p));
                }
            }
        }
        return null;
    }

    /** Whether the phrase's words after the first follow token {@code i}, compared by light stem. */
    public static boolean continuesByStem(Phrase<?> phrase, List<Token> tokens, int i) {
        if (i + phrase.length() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length(); k++) {
            if (!phrase.keys().get(k).equals(tokens.get(i + k).stem())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the phrase's words after the first follow token {@code i}, compared by normalized form. */
    public static boolean continuesByForm(Phrase<?> phrase, List<Token> tokens, int i) {
        if (i + phrase.length() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length(); k++) {
            if (!phrase.keys().get(k).equals(tokens.get(i + k).form())) {
                return false;
            }
        }
        return true;
    }

    /** The key of every phrase's first word: what a {@link Vocabulary} must hold for this index. */
    public Set<String> firstKeys() {
        return java.util.Collections.unmodifiableSet(byFirstKey.keySet());
    }

    public int size() {
        return byFirstKey.values().stream().mapToInt(List::size).sum();
    }

    public static final class Builder<T> {
        private final Map<List<String>, Set<T>> targets = new LinkedHashMap<>();

        /** Blank phrases (nothing left after normalization) are ignored. */
        public Builder<T> add(List<String> keys, T target) {
            if (!keys.isEmpty()) {
                targets.computeIfAbsent(List.copyOf(keys), k -> new LinkedHashSet<>()).add(target);
            }
            return this;
        }

        public PhraseIndex<T> build() {
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

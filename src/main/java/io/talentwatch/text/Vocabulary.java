package io.talentwatch.text;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every key by which a job's dictionaries can find a word, and which dictionaries hold it. Most
 * words of a text are in none of them; a {@link TextNormalizer} given the vocabulary marks each
 * token with the parts that may hold it (one set lookup per key), and each scan skips the tokens
 * its part does not hold instead of looking them up. Whoever fills a part must add the first-word
 * key of every phrase and every single-word entry, or that entry stops matching.
 */
public final class Vocabulary implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Who looks words up, each with its own dictionary. */
    public enum Part {
        NAMES, TOPIC_TERMS, COMPANY_CONTEXT, FLOW_CUES, SENTIMENT;

        int bit() {
            return 1 << ordinal();
        }
    }

    static final int ALL_PARTS = (1 << Part.values().length) - 1;

    /** Every word in every part: what a normalizer without a vocabulary uses. */
    static final Vocabulary EVERYTHING = new Vocabulary(null);

    /** The parts holding each key, as bits; null for {@link #EVERYTHING}. */
    private final Map<String, Integer> partsByKey;

    private Vocabulary(Map<String, Integer> partsByKey) {
        this.partsByKey = partsByKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The parts that may hold a token with these keys, as bits ({@link Part#bit}). */
    int partsOf(String form, Script script, List<String> nameKeys, List<String> termKeys) {
        if (partsByKey == null || script == Script.EMOJI) {
            return ALL_PARTS; // emoji are few and keyed by their bare form (no skin tone), so always looked up
        }
        return partsOf(form, null) | partsOf(nameKeys, form) | partsOf(termKeys, form);
    }

    /** The form itself is skipped by identity: it is the first name key, and often the stem too. */
    private int partsOf(List<String> keys, String form) {
        int parts = 0;
        for (int i = 0; i < keys.size(); i++) {
            parts |= partsOf(keys.get(i), form);
        }
        return parts;
    }

    private int partsOf(String key, String skipped) {
        if (key == skipped) {
            return 0;
        }
        Integer parts = partsByKey.get(key);
        return parts == null ? 0 : parts;
    }

    public static final class Builder {
        private final Map<String, Integer> partsByKey = new HashMap<>();

        public Builder add(Part part, Collection<String> keys) {
            for (String key : keys) {
                partsByKey.merge(key, part.bit(), (a, b) -> a | b);
            }
            return this;
        }

        public Vocabulary build() {
            return new Vocabulary(new HashMap<>(partsByKey));
        }
    }
}

package io.talentwatch.sentiment.model;

/**
 * Feature ids by hashing: a stretch of characters, or two ids combined, into [0, 2^bits). Each kind
 * of feature (word, negated word, word pair, character n-gram) hashes with its own seed, so the same
 * string as a word and as an n-gram lands in different buckets. Murmur3's finalizer spreads the
 * polynomial hash, whose low bits alone collide for similar strings.
 */
public final class FeatureHash {
    private FeatureHash() {}

    /** The id of {@code text[from, to)} for the feature kind {@code seed}, below {@code 1 << bits}. */
    public static int of(CharSequence text, int from, int to, int seed, int bits) {
        int h = seed * 0x9E3779B9;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return mix(h) >>> (32 - bits);
    }

    /** The id of the pair ({@code first}, {@code second}), each an unreduced hash, for the kind {@code seed}. */
    public static int pair(int first, int second, int seed, int bits) {
        return mix(first * 0x01000193 ^ mix(second + seed * 0x9E3779B9)) >>> (32 - bits);
    }

    /** The unreduced hash of a whole string for the kind {@code seed}, for {@link #pair}. */
    public static int full(CharSequence text, int seed) {
        int h = seed * 0x9E3779B9;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return mix(h);
    }

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}

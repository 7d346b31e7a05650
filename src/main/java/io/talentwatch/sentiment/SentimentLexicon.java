package io.talentwatch.sentiment;

import io.talentwatch.text.Script;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.text.TokenKeys;
import io.talentwatch.text.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word and emoji valences (-3..3) from the resource files under {@code sentiment/}, keyed the way
 * {@link TokenKeys#termKeys} looks them up: English plurals folded, Arabic light stems. Two entries
 * that collapse to one key with different valences are a mistake in the files and fail loading.
 */
final class SentimentLexicon {
    static final List<String> WORD_FILES = List.of("sentiment/en.tsv", "sentiment/ar.tsv");
    static final String EMOJI_FILE = "sentiment/emoji.tsv";

    private final Map<String, Double> words;
    private final Map<String, Double> emoji;

    private SentimentLexicon(Map<String, Double> words, Map<String, Double> emoji) {
        this.words = words;
        this.emoji = emoji;
    }

    static SentimentLexicon load(TextNormalizer normalizer) {
        Map<String, Double> words = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        for (String file : WORD_FILES) {
            read(file, (entry, valence) -> {
                List<Token> tokens = normalizer.tokens(entry);
                if (tokens.size() != 1) {
                    throw new IllegalStateException(file + ": '" + entry + "' must be one word");
                }
                put(words, origin, tokens.get(0).stem(), valence, file + ": " + entry);
            });
        }
        Map<String, Double> emoji = new HashMap<>();
        read(EMOJI_FILE, (entry, valence) -> put(emoji, origin, bareEmoji(entry), valence, EMOJI_FILE + ": " + entry));
        return new SentimentLexicon(Map.copyOf(words), Map.copyOf(emoji));
    }

    /** The valence of a token, 0 when it carries none. */
    double valence(Token token) {
        if (!token.in(Vocabulary.Part.SENTIMENT)) {
            return 0;
        }
        return switch (token.script()) {
            case EMOJI -> orZero(emoji.get(bareEmoji(token.form())));
            case LATIN -> orZero(words.get(token.stem()));
            case ARABIC -> {
                List<String> keys = TokenKeys.termKeys(token);
                for (int k = 0; k < keys.size(); k++) {
                    Double valence = words.get(keys.get(k));
                    if (valence != null) {
                        yield valence;
                    }
                }
                yield 0.0;
            }
            case OTHER -> 0.0;
        };
    }

    /** get then unbox: getOrDefault(…, 0.0) would box a new default for every word without a valence. */
    private static double orZero(Double valence) {
        return valence == null ? 0 : valence;
    }

    /** The keys of the word entries (emoji are always looked up: see {@link Vocabulary}). */
    Set<String> wordKeys() {
        return words.keySet();
    }

    int size() {
        return words.size() + emoji.size();
    }

    /** Without variation selectors and skin tones: 👍🏽 reads as 👍, ❤️ as ❤. */
    static String bareEmoji(String emoji) {
        StringBuilder bare = null;
        for (int i = 0; i < emoji.length(); ) {
            int cp = emoji.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean modifier = cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF);
            if (modifier && bare == null) {
                bare = new StringBuilder(emoji.length()).append(emoji, 0, i);
            } else if (!modifier && bare != null) {
                bare.append(emoji, i, next);
            }
            i = next;
        }
        return bare == null ? emoji : bare.toString();
    }

    private static void put(Map<String, Double> map, Map<String, String> origin, String key, double valence, String where) {
        Double previous = map.putIfAbsent(key, valence);
        if (previous == null) {
            origin.put(key, where);
        } else if (previous != valence) {
            throw new IllegalStateException(where + " (" + valence + ") reads as '" + key + "' like "
                    + origin.get(key) + " (" + previous + ")");
        }
    }

    private interface EntryReader {
        void accept(String entry, double valence);
    }

    /** Lines are {@code entry<TAB>valence}; blank lines and lines starting with # are skipped. */
    private static void read(String resource, EntryReader reader) {
        InputStream in = SentimentLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + ":" + number + ": expected entry<TAB>valence");
                }
                double valence = Double.parseDouble(line.substring(tab + 1).strip());
                if (valence < -3 || valence > 3 || valence == 0) {
                    throw new IllegalStateException(resource + ":" + number + ": valence must be in -3..3 and not 0");
                }
                reader.accept(line.substring(0, tab).strip(), valence);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}

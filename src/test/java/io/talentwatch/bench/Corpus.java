package io.talentwatch.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's inputs: feed items exactly as the job reads them from Kafka (one JSON object,
 * UTF-8, the shape of {@code samples/talent-poaching-sample.jsonl}). Deterministic: the same count
 * gives the same bytes on every machine, so runs compare.
 */
public final class Corpus {
    public static final long SEED = 20250701L;
    /** The rest is English. */
    static final double ARABIC_SHARE = 0.4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2025-07-01T00:00:00Z");
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.UTC, ZoneOffset.UTC, ZoneOffset.ofHours(3),
            ZoneOffset.ofHours(4), ZoneOffset.ofHours(-4)};

    private Corpus() {}

    /** Social posts of 10 to 30 words; see {@link ShortPosts}. */
    public static List<byte[]> shortPosts(int count) {
        ShortPosts posts = new ShortPosts(new Random(SEED));
        List<byte[]> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(posts.next(i));
        }
        return items;
    }

    /** News articles of about 500 words; see {@link Articles}. */
    public static List<byte[]> articles(int count) {
        Articles articles = new Articles(new Random(SEED + 1));
        List<byte[]> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(articles.next(i));
        }
        return items;
    }

    /** Words as a reader counts them: runs of non-space (an emoji or a hashtag is one). */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The item's time: the {@code index}-th of a steady feed, {@code spacingSeconds} apart on average. */
    static String published(Random rng, int index, int spacingSeconds) {
        Instant at = START.plusSeconds((long) index * spacingSeconds + rng.nextInt(spacingSeconds));
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(at, OFFSETS[rng.nextInt(OFFSETS.length)]));
    }

    static byte[] line(Map<String, Object> item) {
        try {
            // Through a String: the byte writer would escape an emoji as a surrogate pair; feeds send it as it is.
            return JSON.writeValueAsString(item).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

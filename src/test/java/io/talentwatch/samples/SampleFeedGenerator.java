package io.talentwatch.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the sample feed {@code talentwatch demo} replays:
 * {@code src/main/resources/samples/talent-poaching-sample.jsonl}. Eight days (2025-06-23..30) of
 * English and Arabic news and social posts about AI companies, with one burst on 2025-06-28
 * 09:00-14:00 UTC about Meta luring OpenAI researchers. Deterministic: same seed, same file.
 *
 * <pre>
 * mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=io.talentwatch.samples.SampleFeedGenerator -Dexec.classpathScope=test \
 *     -Dexec.args=src/main/resources/samples/talent-poaching-sample.jsonl
 * </pre>
 */
public final class SampleFeedGenerator {

    static final long SEED = 20250628L;
    static final Instant START = Instant.parse("2025-06-23T00:00:00Z");
    static final Instant END = Instant.parse("2025-07-01T00:00:00Z");

    /** Background items per hour by UTC hour of day: quiet at night, busiest 08-15 UTC. */
    private static final double[] HOURLY_RATE = {
            2, 2, 1.5, 1.5, 2.5, 3.5, 5, 6, 7, 7, 7, 7, 7, 7, 7, 6.5, 6, 6, 5.5, 5, 4.5, 4, 3, 2.5};
    /** The weekend (28-29 June) is a little quieter. */
    private static final double WEEKEND_FACTOR = 0.8;

    /** A line of the file: an item and when the feed delivered it (later than published for a resend). */
    record Delivery(FeedItem item, Instant deliveredAt, boolean resend, boolean burst) {
    }

    private final Random rng = new Random(SEED);
    private final TemplateFiller filler = new TemplateFiller(rng);
    private final Sources sources = new Sources(rng);
    private final ShuffleBag bag = new ShuffleBag(rng);
    private final Background background = new Background(rng, filler, sources, bag);
    private final Burst burst = new Burst(rng, filler, sources, bag, background);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleFeedGenerator <output.jsonl>");
            System.exit(2);
        }
        List<Delivery> feed = new SampleFeedGenerator().generate();
        write(Path.of(args[0]), feed);
        System.out.print(FeedSummary.of(feed));
    }

    List<Delivery> generate() {
        List<FeedItem> items = new ArrayList<>();
        for (Instant at : backgroundTimes()) {
            items.add(background.next(at));
        }
        List<FeedItem> burstItems = burst.items();
        Set<String> burstIds = new HashSet<>();
        burstItems.forEach(i -> burstIds.add(i.id()));
        items.addAll(burstItems);
        items.sort(Comparator.comparing(FeedItem::publishedAt).thenComparing(FeedItem::id));

        Set<String> ids = new HashSet<>();
        List<Delivery> feed = new ArrayList<>();
        for (FeedItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalStateException("duplicate id " + item.id());
            }
            feed.add(new Delivery(item, item.publishedAt(), false, burstIds.contains(item.id())));
        }
        // A syndicating feed resends a few items verbatim a little later.
        resend(feed, "2025-06-24T10:00:00Z", i -> i.isNews() && "en".equals(i.language()), Duration.ofMinutes(6));
        resend(feed, "2025-06-25T13:00:00Z", i -> i.isNews() && "ar".equals(i.language()), Duration.ofMinutes(130));
        resend(feed, "2025-06-28T11:00:00Z",
                i -> i.isNews() && "en".equals(i.language()) && i.title().contains("Meta"), Duration.ofMinutes(22));
        resend(feed, "2025-06-29T18:00:00Z", i -> !i.isNews(), Duration.ofMinutes(45));
        feed.sort(Comparator.comparing(Delivery::deliveredAt)
                .thenComparing(Delivery::resend)
                .thenComparing(d -> d.item().id()));
        return feed;
    }

    /** Poisson arrivals per hour; news on whole minutes, posts to the second. */
    private List<Instant> backgroundTimes() {
        List<Instant> times = new ArrayList<>();
        for (Instant hour = START; hour.isBefore(END); hour = hour.plus(Duration.ofHours(1))) {
            var t = hour.atZone(ZoneOffset.UTC);
            boolean weekend = t.getDayOfMonth() == 28 || t.getDayOfMonth() == 29;
            int n = poisson(HOURLY_RATE[t.getHour()] * (weekend ? WEEKEND_FACTOR : 1.0));
            for (int i = 0; i < n; i++) {
                times.add(hour.plusSeconds(rng.nextInt(3600)));
            }
        }
        times.sort(null);
        return times;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }

    /** Resends the first item published from {@code notBefore} on that matches, {@code delay} later. */
    private static void resend(List<Delivery> feed, String notBefore, Predicate<FeedItem> which, Duration delay) {
        Instant from = Instant.parse(notBefore);
        Delivery first = feed.stream()
                .filter(d -> !d.resend() && !d.item().publishedAt().isBefore(from) && which.test(d.item()))
                .findFirst()
                .orElseThrow();
        feed.add(new Delivery(first.item(), first.item().publishedAt().plus(delay), true, first.burst()));
    }

    static void write(Path out, List<Delivery> feed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Delivery d : feed) {
                w.write(json.writeValueAsString(d.item()));
                w.write('\n');
            }
        }
    }
}

package io.talentwatch.samples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The numbers the samples README quotes, printed after each run of the generator. */
final class FeedSummary {

    private FeedSummary() {
    }

    static String of(List<SampleFeedGenerator.Delivery> feed) {
        StringBuilder out = new StringBuilder();
        List<FeedItem> items = feed.stream().filter(d -> !d.resend()).map(SampleFeedGenerator.Delivery::item).toList();
        out.append(String.format("lines %d (distinct items %d, resends %d)%n", feed.size(), items.size(),
                feed.size() - items.size()));
        feed.stream().filter(SampleFeedGenerator.Delivery::resend).forEach(d -> out.append(String.format(
                "  resend %s published %s, again at %s%n", d.item().id(), d.item().publishedAt(), d.deliveredAt())));

        out.append(String.format("%n%-10s %5s %5s %5s %5s %6s%n", "day", "lines", "en", "ar", "news", "social"));
        Map<LocalDate, int[]> days = new TreeMap<>();
        for (SampleFeedGenerator.Delivery d : feed) {
            int[] c = days.computeIfAbsent(LocalDate.ofInstant(d.item().publishedAt(), ZoneOffset.UTC), k -> new int[5]);
            c[0]++;
            c["en".equals(d.item().language()) ? 1 : 2]++;
            c[d.item().isNews() ? 3 : 4]++;
        }
        int[] total = new int[5];
        days.forEach((day, c) -> {
            out.append(String.format("%-10s %5d %5d %5d %5d %6d%n", day, c[0], c[1], c[2], c[3], c[4]));
            for (int i = 0; i < 5; i++) {
                total[i] += c[i];
            }
        });
        out.append(String.format("%-10s %5d %5d %5d %5d %6d%n", "total", total[0], total[1], total[2], total[3], total[4]));

        long hinted = items.stream().filter(i -> i.lang() != null).count();
        long wrong = items.stream().filter(i -> i.lang() != null && !i.lang().equals(i.language())).count();
        out.append(String.format("%nlang hint present on %d of %d items; %d hints wrong (all on social posts)%n",
                hinted, items.size(), wrong));

        Map<Company, Integer> mentions = new EnumMap<>(Company.class);
        long noCompany = 0;
        for (FeedItem item : items) {
            Set<Company> found = MentionScanner.companies(item);
            noCompany += found.isEmpty() ? 1 : 0;
            found.forEach(c -> mentions.merge(c, 1, Integer::sum));
        }
        out.append(String.format("items naming no tracked company: %d%n", noCompany));
        out.append("items per company (name or leader): ").append(mentions).append('\n');

        List<SampleFeedGenerator.Delivery> burst = feed.stream().filter(d -> d.burst() && !d.resend()).toList();
        out.append(String.format("%nburst items %d: en %d, ar %d, news %d, social %d; naming Meta %d, OpenAI %d, both %d%n",
                burst.size(),
                burst.stream().filter(d -> "en".equals(d.item().language())).count(),
                burst.stream().filter(d -> "ar".equals(d.item().language())).count(),
                burst.stream().filter(d -> d.item().isNews()).count(),
                burst.stream().filter(d -> !d.item().isNews()).count(),
                burst.stream().filter(d -> MentionScanner.companies(d.item()).contains(Company.META)).count(),
                burst.stream().filter(d -> MentionScanner.companies(d.item()).contains(Company.OPENAI)).count(),
                burst.stream().filter(d -> MentionScanner.companies(d.item()).containsAll(Set.of(Company.META, Company.OPENAI))).count()));
        out.append(String.format("%nburst window, 2025-06-28 (UTC hour: all items / burst items / naming Meta / naming OpenAI)%n"));
        Instant day = Instant.parse("2025-06-28T06:00:00Z");
        for (int h = 0; h < 11; h++) {
            Instant from = day.plus(Duration.ofHours(h));
            Instant to = from.plus(Duration.ofHours(1));
            List<FeedItem> inHour = items.stream()
                    .filter(i -> !i.publishedAt().isBefore(from) && i.publishedAt().isBefore(to)).toList();
            long burstInHour = burst.stream().map(SampleFeedGenerator.Delivery::item).filter(inHour::contains).count();
            out.append(String.format("  %s  %3d / %3d / %3d / %3d%n", from.toString().substring(11, 16), inHour.size(),
                    burstInHour, count(inHour, Company.META), count(inHour, Company.OPENAI)));
        }

        out.append(String.format("%nmost items naming a company in any 60-minute window outside the burst:%n"));
        for (Company c : Company.values()) {
            out.append(String.format("  %-9s %d%n", c, maxInAnHour(items, c)));
        }
        return out.toString();
    }

    private static long count(List<FeedItem> items, Company company) {
        return items.stream().filter(i -> MentionScanner.companies(i).contains(company)).count();
    }

    /** Sliding 60-minute windows over the background, leaving out windows touching the burst. */
    private static long maxInAnHour(List<FeedItem> items, Company company) {
        List<Instant> times = items.stream()
                .filter(i -> MentionScanner.companies(i).contains(company))
                .map(FeedItem::publishedAt)
                .toList();
        long max = 0;
        for (int i = 0; i < times.size(); i++) {
            Instant from = times.get(i);
            Instant to = from.plus(Duration.ofHours(1));
            if (to.isAfter(Burst.START) && from.isBefore(Burst.END)) {
                continue;
            }
            long n = times.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
            max = Math.max(max, n);
        }
        return max;
    }
}

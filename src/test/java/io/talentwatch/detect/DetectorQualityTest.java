package io.talentwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.SpikeSettings;
import io.talentwatch.detect.SyntheticSeries.Scenario;
import io.talentwatch.detect.SyntheticSeries.Special;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The detector's precision, recall and delay on seeded synthetic series with known bursts, with
 * the job's default settings (docs/spikes.md). Writes target/detector-quality.md and
 * fails if a figure drops below its floor.
 *
 * <p>Scoring: a spike is an episode from its open to its close. It is a true positive when it
 * overlaps an injected burst or outlier, or opens within {@link SyntheticSeries#CHANGE_GRACE} steps
 * of a step change (the change is news once); any other is a false positive, including every
 * episode after an outage and every one opened by a new normal after the grace. Recall: bursts
 * with a flagged step inside them; delay: steps from a burst's start to its first flagged step.
 */
class DetectorQualityTest {
    private static final int SERIES_PER_SCENARIO = 6;
    private static final Map<String, Double> RATES = new LinkedHashMap<>();

    static {
        RATES.put("3/day", 3.0 / SyntheticSeries.STEPS_PER_DAY);
        RATES.put("2/hour", 0.5);
        RATES.put("40/hour", 10.0);
        RATES.put("4000/hour", 1000.0);
    }

    /** What one or more series scored. */
    record Tally(int series, int episodes, int truePositives, int bursts, int detected, long delaySum, int outliers,
            int outliersDetected, int lateChangeFlags, int falseSettled) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(series + o.series, episodes + o.episodes, truePositives + o.truePositives, bursts + o.bursts,
                    detected + o.detected, delaySum + o.delaySum, outliers + o.outliers,
                    outliersDetected + o.outliersDetected, lateChangeFlags + o.lateChangeFlags, falseSettled + o.falseSettled);
        }

        double precision() {
            return episodes == 0 ? 1 : (double) truePositives / episodes;
        }

        double recall() {
            return bursts == 0 ? 1 : (double) detected / bursts;
        }

        double delay() {
            return detected == 0 ? 0 : (double) delaySum / detected;
        }

        double falsePerSeriesWeek() {
            return (episodes - truePositives) / (series * SyntheticSeries.DAYS / 7.0);
        }

        /** The same once the profiles have learned: weeks 3 and 4. */
        double falsePerSeriesWeekSettled() {
            return falseSettled / (series * (SyntheticSeries.DAYS - 14) / 7.0);
        }
    }

    @Test
    void precisionRecallAndDelayOnSyntheticSeries() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        RATES.forEach((name, base) -> {
            for (boolean seasonal : new boolean[] {false, true}) {
                for (boolean nb : new boolean[] {false, true}) {
                    for (Special special : Special.values()) {
                        scenarios.add(new Scenario(name, base, seasonal, nb, special));
                    }
                }
            }
        });
        Map<Scenario, Tally> results = new LinkedHashMap<>();
        long seed = 1;
        for (Scenario scenario : scenarios) {
            Tally tally = Tally.ZERO;
            for (int i = 0; i < SERIES_PER_SCENARIO; i++) {
                tally = tally.plus(score(SyntheticSeries.generate(scenario, seed++)));
            }
            results.put(scenario, tally);
        }

        Tally all = results.values().stream().reduce(Tally.ZERO, Tally::plus);
        String report = report(results, all);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/detector-quality.md"), report);

        assertThat(all.series()).isGreaterThanOrEqualTo(300);
        assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(FLOOR_PRECISION);
        assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(FLOOR_RECALL);
        assertThat(all.delay()).as("delay").isLessThanOrEqualTo(CEILING_DELAY);
        assertThat(all.lateChangeFlags()).as("flags of a new normal after the grace").isLessThanOrEqualTo(CEILING_LATE_CHANGE);
        Tally outliers = group(results, s -> s.special() == Special.OUTLIERS);
        assertThat((double) outliers.outliersDetected() / outliers.outliers()).as("outlier recall")
                .isGreaterThanOrEqualTo(FLOOR_OUTLIER_RECALL);
        Tally zeros = group(results, s -> s.special() == Special.ZERO_RUN);
        assertThat(zeros.precision()).as("precision with outages").isGreaterThanOrEqualTo(FLOOR_PRECISION_ZERO_RUNS);
    }

    // Floors a little below the measured figures (docs/spikes.md), so a regression fails the build.
    // Measured: 97.2%, 91.1%, 0.31 steps, 31 flags, 214/288 = 74.3%, 94.0%.
    private static final double FLOOR_PRECISION = 0.95;
    private static final double FLOOR_RECALL = 0.89;
    private static final double CEILING_DELAY = 0.5;
    private static final int CEILING_LATE_CHANGE = 45;
    private static final double FLOOR_OUTLIER_RECALL = 0.70;
    private static final double FLOOR_PRECISION_ZERO_RUNS = 0.90;

    private static Tally score(SyntheticSeries series) {
        SpikeDetector detector = new SpikeDetector(SpikeSettings.defaults(), Series.STEP);
        KeyState state = detector.start();
        int n = series.counts().length;
        boolean[] flagged = new boolean[n];
        List<int[]> episodes = new ArrayList<>();
        int openedAt = -1;
        for (int i = 0; i < n; i++) {
            Outcome outcome = detector.observe(state, Series.T0 + (i + 1) * Series.STEP_MS, series.counts()[i]);
            state = outcome.next();
            flagged[i] = outcome.judgement().flagged();
            if (flagged[i] && openedAt < 0) {
                openedAt = i;
            }
            if (outcome.changed().isPresent() && outcome.changed().get().phase() == Phase.CLOSED) {
                episodes.add(new int[] {openedAt, i});
                openedAt = -1;
            }
        }
        if (openedAt >= 0) {
            episodes.add(new int[] {openedAt, n - 1});
        }
        List<int[]> truth = new ArrayList<>(series.bursts());
        truth.addAll(series.outliers());
        int truePositives = 0;
        int falseSettled = 0;
        for (int[] e : episodes) {
            boolean burst = truth.stream().anyMatch(b -> e[0] <= b[1] && b[0] <= e[1]);
            boolean change = series.changeAt() >= 0 && e[0] >= series.changeAt()
                    && e[0] < series.changeAt() + SyntheticSeries.CHANGE_GRACE;
            truePositives += burst || change ? 1 : 0;
            falseSettled += !burst && !change && e[0] >= 14 * SyntheticSeries.STEPS_PER_DAY ? 1 : 0;
        }
        int detected = 0;
        long delay = 0;
        for (int[] b : series.bursts()) {
            for (int i = b[0]; i <= b[1]; i++) {
                if (flagged[i]) {
                    detected++;
                    delay += i - b[0];
                    break;
                }
            }
        }
        int outliersDetected = (int) series.outliers().stream().filter(o -> flagged[o[0]]).count();
        int late = 0;
        if (series.changeAt() >= 0) {
            for (int i = series.changeAt() + SyntheticSeries.CHANGE_GRACE; i < n; i++) {
                int step = i;
                boolean inBurst = truth.stream().anyMatch(b -> step >= b[0] && step <= b[1] + 4);
                late += flagged[i] && !inBurst ? 1 : 0;
            }
        }
        return new Tally(1, episodes.size(), truePositives, series.bursts().size(), detected, delay,
                series.outliers().size(), outliersDetected, late, falseSettled);
    }

    private static Tally group(Map<Scenario, Tally> results, java.util.function.Predicate<Scenario> which) {
        return results.entrySet().stream().filter(e -> which.test(e.getKey())).map(Map.Entry::getValue)
                .reduce(Tally.ZERO, Tally::plus);
    }

    private static String report(Map<Scenario, Tally> results, Tally all) {
        StringBuilder out = new StringBuilder("| series | count | spikes | precision | recall | delay (steps) | false spikes / series-week | the same, weeks 3-4 | outliers found | new-normal flags after 6 h |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Function<Scenario, String>> dimensions = new LinkedHashMap<>();
        dimensions.put("rate", Scenario::rate);
        dimensions.put("shape", s -> s.seasonal() ? "daily + weekly seasonality" : "flat");
        dimensions.put("noise", s -> s.overdispersed() ? "negative binomial" : "Poisson");
        dimensions.put("event", s -> s.special().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        dimensions.forEach((dimension, key) -> {
            Map<String, Tally> groups = new LinkedHashMap<>();
            results.forEach((s, t) -> groups.merge(key.apply(s), t, Tally::plus));
            groups.forEach((name, t) -> row(out, name, t));
        });
        row(out, "**all**", all);
        out.append("\n<details><summary>Per scenario</summary>\n\n| series | count | spikes | precision | recall | delay (steps) | false spikes / series-week | the same, weeks 3-4 | outliers found | new-normal flags after 6 h |\n|---|---|---|---|---|---|---|---|---|---|\n");
        results.forEach((s, t) -> row(out, s.name(), t));
        out.append("\n</details>\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Tally t) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% | %.1f%% | %.2f | %.3f | %.3f | %s | %s |%n", name, t.series(),
                t.episodes(), 100 * t.precision(), 100 * t.recall(), t.delay(), t.falsePerSeriesWeek(),
                t.falsePerSeriesWeekSettled(),
                t.outliers() == 0 ? "–" : t.outliersDetected() + "/" + t.outliers(),
                t.lateChangeFlags()));
    }
}

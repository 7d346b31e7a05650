package io.talentwatch.job.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.detect.Phase;
import io.talentwatch.model.Explanation;
import io.talentwatch.model.SeriesKey;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The spike stage on Flink's operator test harness: life-cycle updates, zero slides, event-time expiry. */
class SpikeStageTest {
    private static final JobDefinition JOB = JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml"));
    private static final long SLIDE = JOB.windows().slide().toMillis();
    private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
    private static final SeriesKey META = SeriesKey.company("meta");
    /** Two days of quiet windows, then a burst of three windows. */
    private static final int QUIET = 192;
    private static final long[] BURST = {30, 45, 25};

    private static KeyedOneInputStreamOperatorTestHarness<String, WindowStat, Spike> harness() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, WindowStat, Spike> harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new SpikeStage(JOB)), w -> w.series().id(), Types.STRING);
        harness.open();
        return harness;
    }

    private static WindowStat window(int step, long count) {
        Instant end = T0.plusMillis(step * SLIDE);
        return new WindowStat(META, end.minus(JOB.windows().size()), end, count, count, 0.1, Explanation.NONE);
    }

    /** Quiet windows, the burst, and nothing after it: the watermark alone moves on. */
    private static void feed(KeyedOneInputStreamOperatorTestHarness<String, WindowStat, Spike> h, boolean watermarkEachStep)
            throws Exception {
        int step = 0;
        for (; step < QUIET; step++) {
            h.processElement(window(step, step % 3), window(step, 0).windowEnd().toEpochMilli() - 1);
            if (watermarkEachStep) {
                h.processWatermark(window(step, 0).windowEnd().toEpochMilli());
            }
        }
        for (long count : BURST) {
            h.processElement(window(step, count), window(step, 0).windowEnd().toEpochMilli() - 1);
            if (watermarkEachStep) {
                h.processWatermark(window(step, 0).windowEnd().toEpochMilli());
            }
            step++;
        }
    }

    private static List<Phase> phases(List<Spike> spikes) {
        return spikes.stream().map(s -> s.episode().phase()).toList();
    }

    @Test
    void aBurstIsOneSpikeUpdatedAsItGrowsPeaksAndClosesOnQuietSlides() throws Exception {
        try (var h = harness()) {
            feed(h, true);
            long burstEnd = window(QUIET + BURST.length - 1, 0).windowEnd().toEpochMilli();
            h.processWatermark(burstEnd + 10 * SLIDE); // no more windows: the slides after the burst were empty

            List<Spike> spikes = h.extractOutputValues();
            assertThat(phases(spikes)).containsExactly(Phase.OPEN, Phase.OPEN, Phase.PEAK, Phase.CLOSED);
            assertThat(spikes).extracting(Spike::id).containsOnly("company:meta@" + window(QUIET, 0).windowEnd().toEpochMilli());
            Spike closed = spikes.get(spikes.size() - 1);
            assertThat(closed.episode().peak().count()).isEqualTo(45);
            assertThat(closed.episode().closedAt()).isEqualTo(burstEnd + JOB.spikes().closeAfterWindows() * SLIDE);
        }
    }

    @Test
    void theUpdatesAreTheSameWhenWindowsArriveBeforeTheWatermarksBetweenThem() throws Exception {
        // A fast replay delivers a series' next window before the watermarks (and timers) of the slides between.
        try (var stepwise = harness(); var inOneJump = harness()) {
            feed(stepwise, true);
            feed(inOneJump, false);
            Instant later = window(QUIET + 40, 0).windowEnd();
            // Ten hours later a second burst: the first spike closed in between, the second opens now.
            stepwise.processElement(window(QUIET + 40, 60), later.toEpochMilli() - 1);
            inOneJump.processElement(window(QUIET + 40, 60), later.toEpochMilli() - 1);
            stepwise.processWatermark(later.toEpochMilli());
            inOneJump.processWatermark(later.toEpochMilli());

            assertThat(inOneJump.extractOutputValues()).usingRecursiveComparison().isEqualTo(stepwise.extractOutputValues());
            assertThat(phases(inOneJump.extractOutputValues())).endsWith(Phase.CLOSED, Phase.OPEN);
        }
    }

    @Test
    void aSeriesSilentForTheKeyTtlIsForgotten() throws Exception {
        try (var h = harness()) {
            h.processElement(window(0, 3), window(0, 0).windowEnd().toEpochMilli() - 1);
            h.processWatermark(window(1, 0).windowEnd().toEpochMilli());
            assertThat(h.numKeyedStateEntries()).isPositive();

            Duration ttl = JOB.spikes().keyTtl();
            h.processWatermark(window(0, 0).windowEnd().plus(ttl).toEpochMilli() - 1);
            assertThat(h.numKeyedStateEntries()).as("one slide before the TTL").isPositive();
            h.processWatermark(window(0, 0).windowEnd().plus(ttl).toEpochMilli());
            assertThat(h.numKeyedStateEntries()).as("at the TTL").isZero();
        }
    }
}

package io.talentwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.job.stages.SpikeStage;
import io.talentwatch.model.Explanation;
import io.talentwatch.model.SeriesKey;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The replay behind the demo's pictures flags exactly the steps the job's spike stage flagged. */
class SeriesReplayTest {
    private static final JobDefinition JOB = JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml"));
    private static final long SLIDE = JOB.windows().slide().toMillis();
    private static final long T0 = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private static final SeriesReplay REPLAY = new SeriesReplay(new SpikeDetector(JOB.spikes(), JOB.windows().slide()));

    /** Two quiet days with some empty slides, a burst, silence, a second burst. */
    private static List<StepCount> gappySeries(int silentSlidesBeforeSecondBurst) {
        List<StepCount> windows = new ArrayList<>();
        int step = 0;
        for (; step < 192; step++) {
            if (step % 4 != 3) {
                windows.add(new StepCount(T0 + step * SLIDE, 1 + step % 3));
            }
        }
        for (long count : new long[] {30, 45, 25, 12}) {
            windows.add(new StepCount(T0 + step++ * SLIDE, count));
        }
        step += silentSlidesBeforeSecondBurst;
        for (long count : new long[] {2, 40, 50}) {
            windows.add(new StepCount(T0 + step++ * SLIDE, count));
        }
        return windows;
    }

    @Test
    void flagsWhatTheStageFlaggedWithZerosForEmptySlides() throws Exception {
        List<StepCount> windows = gappySeries(40);
        List<Judgement> steps = REPLAY.judge(windows, last(windows)).stream().map(JudgedStep::judgement).toList();

        assertThat(steps).extracting(Judgement::stepEnd).as("every slide once, in order")
                .containsExactlyElementsOf(everySlide(windows.get(0).stepEnd(), last(windows)));
        assertThat(steps).filteredOn(j -> j.count() == 0).hasSizeGreaterThan(40);
        assertSameFlagsAsTheStage(windows, steps);
        assertThat(steps).filteredOn(Judgement::flagged).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void startsAFreshBaselineAfterTheKeyTtlAsTheStageForgetsTheSeries() throws Exception {
        int ttlSlides = (int) (JOB.spikes().keyTtl().toMillis() / SLIDE);
        List<StepCount> windows = gappySeries(ttlSlides + 10);
        List<Judgement> steps = REPLAY.judge(windows, last(windows)).stream().map(JudgedStep::judgement).toList();

        Judgement afterGap = steps.stream().filter(j -> j.stepEnd() == windows.get(windows.size() - 3).stepEnd()).findFirst().orElseThrow();
        assertThat(afterGap.pValue()).as("a new series' first step has no baseline").isEqualTo(1.0);
        assertThat(steps).filteredOn(j -> j.stepEnd() > windows.get(windows.size() - 4).stepEnd()).noneMatch(Judgement::flagged);
        assertSameFlagsAsTheStage(windows, steps);
    }

    private static long last(List<StepCount> windows) {
        return windows.get(windows.size() - 1).stepEnd();
    }

    private static List<Long> everySlide(long from, long to) {
        List<Long> ends = new ArrayList<>();
        for (long end = from; end <= to; end += SLIDE) {
            ends.add(end);
        }
        return ends;
    }

    /** Each spike the stage reported holds the replay's flagged steps from its opening on, as many as it counted. */
    private static void assertSameFlagsAsTheStage(List<StepCount> windows, List<Judgement> steps) throws Exception {
        Map<String, Spike> latest = new LinkedHashMap<>();
        try (var stage = new KeyedOneInputStreamOperatorTestHarness<String, WindowStat, Spike>(
                new KeyedProcessOperator<>(new SpikeStage(JOB)), w -> w.series().id(), Types.STRING)) {
            stage.open();
            for (StepCount w : windows) {
                Instant end = Instant.ofEpochMilli(w.stepEnd());
                stage.processElement(new WindowStat(SeriesKey.company("meta"), end.minus(JOB.windows().size()), end,
                        w.count(), w.count(), 0, Explanation.NONE), w.stepEnd() - 1);
                stage.processWatermark(w.stepEnd());
            }
            stage.extractOutputValues().forEach(s -> latest.put(s.id(), s));
        }
        List<Long> flagged = steps.stream().filter(Judgement::flagged).map(Judgement::stepEnd).toList();
        int counted = 0;
        for (Spike spike : latest.values()) {
            long opened = spike.episode().openedAt();
            long updated = spike.episode().updatedAt();
            List<Long> inside = flagged.stream().filter(end -> end >= opened && end <= updated).toList();
            assertThat(inside).as("spike opened at " + opened).hasSize(spike.episode().flaggedSteps()).first().isEqualTo(opened);
            counted += inside.size();
        }
        assertThat(latest).isNotEmpty();
        assertThat(flagged).as("no flagged step outside the stage's spikes").hasSize(counted);
    }
}

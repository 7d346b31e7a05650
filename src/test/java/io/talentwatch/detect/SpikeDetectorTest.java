package io.talentwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.SpikeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
    /** A steady 8 / 12 / 10 pattern: mean 10, less spread than Poisson, so tests are deterministic. */
    private static long steady(long i) {
        return 8 + 2 * (i % 3 == 1 ? 2 : i % 3 == 2 ? 1 : 0);
    }

    private static PoissonDistribution poisson(double mean, int seed) {
        return new PoissonDistribution(new Well19937c(seed), mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
    }

    @Test
    void aSpikeOpensPeaksReopensAndClosesWithOneChangePerTransition() {
        Series s = Series.defaults();
        s.add(192, SpikeDetectorTest::steady);
        assertThat(s.outcomes).allSatisfy(o -> assertThat(o.changed()).isEmpty());

        List<Optional<Phase>> phases = new ArrayList<>();
        for (long count : new long[] {40, 60, 50, 45, 70, 10, 10, 10, 10, 10}) {
            phases.add(s.add(count).changed().map(Episode::phase));
        }

        assertThat(phases).containsExactly(Optional.of(Phase.OPEN), Optional.of(Phase.OPEN), Optional.of(Phase.PEAK),
                Optional.empty(), Optional.of(Phase.OPEN), Optional.of(Phase.PEAK), Optional.empty(), Optional.empty(),
                Optional.of(Phase.CLOSED), Optional.empty());
        Episode closed = s.outcomes.get(192 + 8).changed().orElseThrow();
        assertThat(closed.openedAt()).isEqualTo(s.outcomes.get(192).judgement().stepEnd());
        assertThat(closed.closedAt()).isEqualTo(closed.updatedAt()).isEqualTo(s.outcomes.get(200).judgement().stepEnd());
        assertThat(closed.peak().count()).isEqualTo(70);
        assertThat(closed.latest().count()).isEqualTo(10);
        assertThat(closed.flaggedSteps()).isEqualTo(5);
        assertThat(s.outcomes.get(193).changed().orElseThrow().peak().count()).isEqualTo(60);
        assertThat(s.outcomes.get(194).changed().orElseThrow())
                .satisfies(e -> assertThat(e.peak().count()).isEqualTo(60))
                .satisfies(e -> assertThat(e.latest().count()).isEqualTo(50))
                .satisfies(e -> assertThat(e.closedAt()).isNull());
        assertThat(s.state.hasOpenSpike()).isFalse();
        assertThat(s.outcomes.get(194).next().hasOpenSpike()).isTrue();
    }

    @Test
    void skippedStepsCountAsZeros() {
        Series gaps = Series.defaults();
        Series zeros = Series.defaults();
        for (int i = 0; i < 300; i++) {
            long count = i % 7 == 3 ? 0 : i % 5 + 1;
            if (count == 0) {
                gaps.next += Series.STEP_MS;
                zeros.add(0);
            } else {
                gaps.add(count);
                zeros.add(count);
            }
        }
        assertThat(gaps.state).isEqualTo(zeros.state);
        assertThat(gaps.last().judgement()).isEqualTo(zeros.last().judgement());
    }

    @Test
    void aGapOfMonthsTakesBoundedWorkAndClosesTheOpenSpike() {
        SpikeDetector detector = new SpikeDetector(SpikeSettings.defaults(), java.time.Duration.ofMinutes(1));
        KeyState state = detector.start();
        long t = Series.T0;
        for (int i = 0; i < 100; i++) {
            state = detector.observe(state, t += 60_000, 10).next();
        }
        state = detector.observe(state, t += 60_000, 200).next();
        assertThat(state.hasOpenSpike()).isTrue();

        long yearLater = t + 365L * 24 * 60 * 60_000;
        long began = System.nanoTime();
        Outcome outcome = detector.observe(state, yearLater, 10);
        long millis = (System.nanoTime() - began) / 1_000_000;

        assertThat(millis).isLessThan(2_000);
        assertThat(outcome.next().steps()).isEqualTo(state.steps() + 365L * 24 * 60);
        assertThat(outcome.next().lastStepEnd()).isEqualTo(yearLater);
        assertThat(outcome.changed()).hasValueSatisfying(e -> assertThat(e.phase()).isEqualTo(Phase.CLOSED));
        assertThat(outcome.changed().orElseThrow().closedAt()).isEqualTo(t + 4 * 60_000);
        // A year of zeros taught the baseline silence: 10 is a new spike, whose opening waits for its next change.
        assertThat(outcome.judgement().flagged()).isTrue();
        assertThat(outcome.next().hasOpenSpike()).isTrue();
        assertThat(outcome.next().openedAt()).isEqualTo(yearLater);
    }

    @Test
    void aStepAtOrBeforeTheLastOneIsIgnored() {
        Series s = Series.defaults();
        s.add(200, SpikeDetectorTest::steady);
        KeyState before = s.state;
        long last = before.lastStepEnd();

        for (long stepEnd : new long[] {last, last - Series.STEP_MS, last - 50 * Series.STEP_MS}) {
            Outcome outcome = s.detector.observe(before, stepEnd, 1_000);
            assertThat(outcome.next()).isSameAs(before);
            assertThat(outcome.judgement().flagged()).isFalse();
            assertThat(outcome.judgement().stepEnd()).isEqualTo(stepEnd);
            assertThat(outcome.changed()).isEmpty();
        }
        assertThat(s.detector.observe(before, last + Series.STEP_MS, 1_000).judgement().flagged()).isTrue();
    }

    @Test
    void noVerdictDuringTheWarmUp() {
        Series s = Series.defaults();
        int warmUp = SpikeSettings.defaults().warmUpWindows();
        s.add(warmUp - 1, SpikeDetectorTest::steady);
        Outcome early = s.add(500);
        assertThat(early.judgement().pValue()).isLessThan(1e-9);
        assertThat(early.judgement().flagged()).isFalse();

        Series t = Series.defaults();
        t.add(warmUp, SpikeDetectorTest::steady);
        assertThat(t.add(500).judgement().flagged()).isTrue();
    }

    @Test
    void aSignificantCountBelowMinCountIsNotFlagged() {
        Series s = new Series(Series.settings(5, 0.1));
        s.add(200, i -> 0);
        Outcome four = s.add(4);
        assertThat(four.judgement().pValue()).isLessThan(1e-4);
        assertThat(four.judgement().flagged()).isFalse();

        Series t = new Series(Series.settings(5, 0.1));
        t.add(200, i -> 0);
        assertThat(t.add(5).judgement().flagged()).isTrue();
    }

    @Test
    void aLongRunOfZerosDoesNotMakeOneMentionSignificant() {
        Series s = new Series(Series.settings(1, 0.5));
        s.add(10_000, i -> 0);
        Outcome one = s.add(1);
        assertThat(one.judgement().expected()).isEqualTo(0.5);
        assertThat(one.judgement().pValue()).isGreaterThan(0.3);
        assertThat(one.judgement().flagged()).isFalse();
        assertThat(one.judgement().score()).isLessThan(0.1);
        // ...while seven in one window after that silence are a spike (P = 1e-6 at the floor of 0.5).
        assertThat(s.add(7).judgement().flagged()).isTrue();
    }

    @Test
    void aNewNormalStopsBeingFlaggedWithinABoundedNumberOfSteps() {
        PoissonDistribution low = poisson(10, 1);
        PoissonDistribution high = poisson(40, 2);
        Series s = Series.defaults();
        s.add(400, i -> low.sample());
        assertThat(s.flaggedBetween(100, 400)).isZero();
        s.add(600, i -> high.sample());

        assertThat(s.flaggedBetween(400, 404)).as("the change itself is news").isPositive();
        int bound = SpikeSettings.defaults().newNormalAfter() + 8;
        assertThat(s.flaggedBetween(400 + bound, 1000)).as("flags after %d steps", bound).isZero();
        assertThat(s.state.hasOpenSpike()).isFalse();
        assertThat(s.last().judgement().expected()).isBetween(30.0, 50.0);
    }

    @Test
    void aRecurringDailyPeakIsNotFlaggedOnceLearnedButABurstAtNightIs() {
        SpikeSettings flat = new SpikeSettings(null, null, null, null, null, null, false, false, null, null);
        Series seasonal = Series.defaults();
        Series plain = new Series(flat);
        PoissonDistribution night = poisson(2, 5);
        PoissonDistribution day = poisson(12, 6);
        PoissonDistribution afternoon = poisson(40, 7);
        int days = 21;
        for (int i = 0; i < days * 96; i++) {
            int hour = Series.hourOf(i);
            long count = (hour >= 13 && hour < 17 ? afternoon : hour >= 8 && hour < 20 ? day : night).sample();
            seasonal.add(count);
            plain.add(count);
        }
        int lastWeek = (days - 7) * 96;
        // The afternoon's first two steps, where a flat baseline sees a jump from 12 to 40, each day of the last week.
        for (int d = days - 7; d < days; d++) {
            int onset = d * 96 + 13 * 4;
            assertThat(seasonal.flaggedBetween(onset, onset + 2)).as("seasonal, day %d", d).isZero();
        }
        // Poisson noise alone exceeds p = 0.001 now and then: about one step in a thousand, here 672 steps.
        assertThat(seasonal.flaggedBetween(lastWeek, days * 96)).as("seasonal, last week").isLessThanOrEqualTo(2);

        // 03:00 on the next day: a night that normally has 2 per step gets 20.
        seasonal.add(12, i -> 2);
        Outcome burst = seasonal.add(20);
        assertThat(Series.hourOf(seasonal.outcomes.size() - 1)).isEqualTo(3);
        assertThat(burst.judgement().flagged()).isTrue();
        assertThat(burst.judgement().expected()).isLessThan(5);
        // Without profiles the daily swing reads as noise: the same night burst drowns in it.
        plain.add(12, i -> 2);
        assertThat(plain.add(20).judgement().flagged()).as("without seasonality").isFalse();
    }

    @Test
    void stateSizeStaysTheSameOverTenThousandSteps() throws Exception {
        Series s = Series.defaults();
        PoissonDistribution counts = poisson(25, 4);
        s.add(1, i -> counts.sample());
        int early = KeyStates.javaBytes(s.state).length;
        s.add(9_999, i -> i % 500 == 0 ? 400 : counts.sample());

        assertThat(KeyStates.javaBytes(s.state)).hasSize(early);
        assertThat(s.state.daily()).hasSize(48);
        assertThat(s.state.weekly()).hasSize(14);
        assertThat(s.state.steps()).isEqualTo(10_000);
    }
}

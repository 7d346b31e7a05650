package io.talentwatch.detect;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A seeded count series of 15-minute steps with known injected events, for the detector's quality
 * test. The mean per step is base x daily x weekly profile (when seasonal); counts are Poisson or
 * negative binomial (variance mean + 0.1 mean^2) around it. Events:
 * <ul>
 *   <li>bursts (ground truth): 2 to 8 steps whose mean is 3 x the normal one + 10 mentions;</li>
 *   <li>outliers (ground truth, reported apart): one such step alone;</li>
 *   <li>a step change: from a known step on, the mean is 3 x for good (a new normal: not a spike
 *       after {@link #CHANGE_GRACE} steps);</li>
 *   <li>an outage: a day of zeros, after which the series resumes as before (nothing to flag).</li>
 * </ul>
 */
record SyntheticSeries(Scenario scenario, long[] counts, List<int[]> bursts, List<int[]> outliers, int changeAt,
        int outageFrom, int outageTo) {
    static final int STEPS_PER_DAY = 96;
    static final int DAYS = 28;
    /** Steps after a step change in which flags are news of the change, not false alarms. */
    static final int CHANGE_GRACE = 24;
    static final double OVERDISPERSION = 0.1;

    enum Special { NONE, ZERO_RUN, STEP_CHANGE, OUTLIERS }

    /** {@code base} is the mean count per step (15 minutes) before profiles. */
    record Scenario(String rate, double base, boolean seasonal, boolean overdispersed, Special special) {
        String name() {
            return rate + ", " + (seasonal ? "seasonal" : "flat") + ", " + (overdispersed ? "NB" : "Poisson") + ", "
                    + special.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    static SyntheticSeries generate(Scenario s, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(new Well19937c(seed));
        int steps = DAYS * STEPS_PER_DAY;
        double[] mean = new double[steps];
        for (int i = 0; i < steps; i++) {
            mean[i] = s.base() * (s.seasonal() ? daily(i) * weekly(i) : 1);
        }
        int changeAt = -1;
        int outageFrom = -1;
        int outageTo = -1;
        if (s.special() == Special.STEP_CHANGE) {
            changeAt = (9 + random.nextInt(0, 10)) * STEPS_PER_DAY + random.nextInt(0, STEPS_PER_DAY - 1);
            for (int i = changeAt; i < steps; i++) {
                mean[i] *= 3;
            }
        }
        if (s.special() == Special.ZERO_RUN) {
            outageFrom = (9 + random.nextInt(0, 10)) * STEPS_PER_DAY + random.nextInt(0, STEPS_PER_DAY - 1);
            outageTo = outageFrom + STEPS_PER_DAY;
        }
        // Events from day 8 on, apart from each other and from the change and the outage.
        List<int[]> bursts = new ArrayList<>();
        List<int[]> outliers = new ArrayList<>();
        int events = s.special() == Special.OUTLIERS ? 6 : 3;
        for (int e = 0, tries = 0; e < events && tries < 1000; tries++) {
            boolean outlier = s.special() == Special.OUTLIERS && e % 2 == 1;
            int length = outlier ? 1 : random.nextInt(2, 8);
            int start = random.nextInt(8 * STEPS_PER_DAY, steps - 2 * STEPS_PER_DAY);
            int[] event = {start, start + length - 1};
            if (clashes(event, bursts) || clashes(event, outliers) || near(event, changeAt) || near(event, outageFrom)
                    || near(event, outageTo)) {
                continue;
            }
            (outlier ? outliers : bursts).add(event);
            for (int i = start; i < start + length; i++) {
                mean[i] = 3 * mean[i] + 10;
            }
            e++;
        }
        long[] counts = new long[steps];
        for (int i = 0; i < steps; i++) {
            if (i >= outageFrom && i < outageTo) {
                continue;
            }
            double m = mean[i];
            if (s.overdispersed()) {
                m = random.nextGamma(1 / OVERDISPERSION, OVERDISPERSION * m);
            }
            counts[i] = m <= 0 ? 0 : random.nextPoisson(m);
        }
        return new SyntheticSeries(s, counts, bursts, outliers, changeAt, outageFrom, outageTo);
    }

    /** Quiet nights (0.25 from 0:00 to 6:00), a morning rise, a busy afternoon (2.0 at 14:00), an evening fall. */
    static double daily(int step) {
        double hour = (step % STEPS_PER_DAY) / 4.0;
        return 1.125 - 0.875 * Math.cos(2 * Math.PI * (hour - 2) / 24);
    }

    /** Weekends (days 5 and 6 of each week: the series starts on a Monday) at 40%. */
    static double weekly(int step) {
        return (step / STEPS_PER_DAY) % 7 >= 5 ? 0.4 : 1.0;
    }

    private static boolean clashes(int[] event, List<int[]> others) {
        for (int[] o : others) {
            if (event[0] <= o[1] + 2 * STEPS_PER_DAY / 4 && o[0] <= event[1] + 2 * STEPS_PER_DAY / 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(int[] event, int at) {
        return at >= 0 && event[0] <= at + STEPS_PER_DAY && at - STEPS_PER_DAY / 2 <= event[1];
    }
}

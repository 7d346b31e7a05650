package io.talentwatch.detect;

import java.io.Serializable;
import java.time.Duration;

/**
 * Where a step falls in the day and the week, and how fast each profile learns, for one step
 * length. Hour-of-day slots exist only for steps shorter than a day (slots are an hour, or the
 * step when longer), day-of-week slots for steps shorter than a week. A profile counts once it
 * has seen two cycles: two days, two weeks.
 */
final class Seasons implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long WEEK = Duration.ofDays(7).toMillis();
    /** Epoch day 0 (1970-01-01) was a Thursday: index 3 with Monday as 0. */
    private static final int EPOCH_WEEKDAY = 3;
    /** A slot's memory in cycles: a week of days for the hour profile, a month of weeks for the day one. */
    private static final double DAILY_HALF_LIFE_CYCLES = 7;
    private static final double WEEKLY_HALF_LIFE_CYCLES = 4;

    private final long dailySlotWidth;
    final int dailySlots;
    final int weeklySlots;
    final long dailyFrom;
    final long weeklyFrom;
    final double dailyRate;
    final double weeklyRate;

    Seasons(long stepMillis, boolean daily, boolean weekly) {
        dailySlotWidth = Math.max(HOUR, stepMillis);
        dailySlots = daily && stepMillis < DAY ? (int) ((DAY + dailySlotWidth - 1) / dailySlotWidth) : 0;
        weeklySlots = weekly && stepMillis < WEEK ? 7 : 0;
        dailyFrom = ceilDiv(2 * DAY, stepMillis);
        weeklyFrom = ceilDiv(2 * WEEK, stepMillis);
        dailyRate = rate(DAILY_HALF_LIFE_CYCLES * Math.max(1, dailySlotWidth / stepMillis));
        weeklyRate = rate(WEEKLY_HALF_LIFE_CYCLES * Math.max(1, DAY / stepMillis));
    }

    int dailySlot(long stepStart) {
        return dailySlots == 0 ? -1 : (int) (Math.floorMod(stepStart, DAY) / dailySlotWidth);
    }

    int weeklySlot(long stepStart) {
        return weeklySlots == 0 ? -1 : (int) Math.floorMod(Math.floorDiv(stepStart, DAY) + EPOCH_WEEKDAY, 7);
    }

    /** The per-update weight of an exponential average with this half-life in updates. */
    static double rate(double halfLife) {
        return 1 - Math.pow(0.5, 1 / halfLife);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}

package io.talentwatch.plot;

import java.time.Duration;
import java.util.Locale;

/** How a picture's subtitle writes a step length and a significance. */
public final class Words {
    private Words() {}

    /** e.g. {@code 15 min}, {@code 1 h}, {@code 1 h 30 min}, {@code 1 d}, {@code 90 s}. */
    public static String duration(Duration d) {
        if (d.toSeconds() % 60 != 0 || d.isZero()) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
        }
        if (d.toMinutes() % (24 * 60) == 0) {
            return d.toDays() + " d";
        }
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        return hours == 0 ? minutes + " min" : minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    /** e.g. {@code 1e-05}. */
    public static String significance(double p) {
        return String.format(Locale.ROOT, "%.0e", p);
    }
}

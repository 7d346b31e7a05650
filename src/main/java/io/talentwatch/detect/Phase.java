package io.talentwatch.detect;

/**
 * Where a spike is in its life: {@code OPEN} while the count keeps rising to new highs, {@code PEAK}
 * once a step falls below its highest (the peak is behind it; a new high opens it again), and
 * {@code CLOSED} after enough unflagged steps. Before it opens there is no spike at all.
 */
public enum Phase {
    OPEN, PEAK, CLOSED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package io.talentwatch.cluster;

/** What {@code GET /overview} says about the whole cluster. */
public record ClusterOverview(
        String flinkVersion, int taskManagers, int slotsTotal, int slotsAvailable, int jobsRunning) {}

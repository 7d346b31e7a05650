package io.talentwatch.cluster;

/** One registered TaskManager, as {@code GET /taskmanagers} lists it. */
public record TaskManagerInfo(String id, int slots, int freeSlots) {}

package io.talentwatch.ingest;

/** One request to a polled feed, its items published; failures are results, not exceptions. */
interface Poller {
    PollResult poll() throws InterruptedException;
}

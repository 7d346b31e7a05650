package io.talentwatch.ingest;

import java.time.Duration;

/** Reads one live feed into its publisher. Neither method lets anything a server sends escape as an exception. */
interface FeedConnector {
    /** One poll; or a stream read until the server closes it (at most {@code streamLimit}), then its backfill. */
    void runOnce(Duration streamLimit) throws InterruptedException;

    /** Polls or streams until interrupted. */
    void runContinuously() throws InterruptedException;
}

package io.talentwatch.ingest;

import java.util.function.Consumer;

/** Where the ingester's records go: Kafka, or a list in tests. */
public interface IngestOutput extends AutoCloseable {
    /**
     * Sends one record without waiting for it; a record that cannot be delivered is reported to
     * {@code onFailure}, possibly later and from another thread.
     */
    void send(OutgoingRecord record, Consumer<Exception> onFailure);

    /** Waits until everything sent so far is delivered or has failed. */
    void flush() throws InterruptedException;

    /** Delivers what is pending (for a bounded time) and lets go of the connection. */
    @Override
    void close();
}

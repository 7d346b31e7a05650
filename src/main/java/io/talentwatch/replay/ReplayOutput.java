package io.talentwatch.replay;

/** Where a replay's records go: the feed and dead-letter topics, or the terminal for a dry run. */
interface ReplayOutput extends AutoCloseable {
    void item(String topic, byte[] key, long timestamp, byte[] value) throws InterruptedException;

    void deadLetter(byte[] key, byte[] value) throws InterruptedException;

    /** Everything sent is acknowledged; a refused record fails the replay rather than being lost silently. */
    void finish() throws InterruptedException;

    @Override
    void close();
}

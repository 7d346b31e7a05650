package io.talentwatch.replay;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A dry run: each item as the feed topic would receive it, one JSON line on {@code out}, so a user
 * sees how a dump will be read before publishing it. Dead letters are only counted (the summary
 * names their reasons); nothing reaches Kafka.
 */
final class DryRunOutput implements ReplayOutput {
    private final PrintStream out;

    DryRunOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public void item(String topic, byte[] key, long timestamp, byte[] value) {
        out.println(new String(value, StandardCharsets.UTF_8));
    }

    @Override
    public void deadLetter(byte[] key, byte[] value) {
        // counted by the replay's summary
    }

    @Override
    public void finish() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}

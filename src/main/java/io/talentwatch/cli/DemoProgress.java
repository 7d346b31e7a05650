package io.talentwatch.cli;

import io.talentwatch.definition.ElasticsearchSettings;
import io.talentwatch.setup.ElasticsearchClient;
import java.time.Duration;

/**
 * Waits until the job has indexed every expected mention and its windows and spikes have stopped
 * changing, which is when the demo's answer is final.
 */
final class DemoProgress {
    private static final Duration QUIET = Duration.ofSeconds(6);

    private final ElasticsearchClient es;
    private final ElasticsearchSettings indices;
    private long mentions;
    private long windows;
    private long spikes;

    DemoProgress(ElasticsearchClient es, ElasticsearchSettings indices) {
        this.es = es;
        this.indices = indices;
    }

    void awaitSettled(long expectedMentions, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastChange = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long m = es.count(indices.mentionsAlias());
            long w = es.count(indices.windowsAlias());
            long s = es.count(indices.spikesAlias());
            if (m != mentions || w != windows || s != spikes) {
                lastChange = System.nanoTime();
                mentions = m;
                windows = w;
                spikes = s;
                System.out.printf("  indexed: %d/%d mentions, %d windows, %d spikes%n", m, expectedMentions, w, s);
            }
            if (m >= expectedMentions && w > 0 && System.nanoTime() - lastChange > QUIET.toNanos()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new UserError("timed out after " + timeout + " with " + mentions + "/" + expectedMentions
                + " mentions indexed; see target/logs/talentwatch.log");
    }

    long mentions() {
        return mentions;
    }

    long windows() {
        return windows;
    }

    long spikes() {
        return spikes;
    }
}

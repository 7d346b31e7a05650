package io.talentwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.ingest.RecordedServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ending a run: --once within its deadline, on stop() or an interrupt; and what was sent is flushed whatever ends it. */
class IngestShutdownTest {
    private final RecordedServer server = RecordedServer.start();
    private final RecordingOutput output = new RecordingOutput();

    @AfterEach
    void stop() {
        server.close();
    }

    /** An ingester of one feed whose server sends the start of a document and then nothing (for 30s before the idle timeout). */
    private Ingester stalledFeed() {
        server.serve("/feed", Reply.ok("application/rss+xml", "<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8)).thenHold());
        FeedDefinition feed = Feeds.one("- {name: stalled, connector: rss-poll, url: '" + server.url("/feed") + "'}");
        return new Ingester(List.of(feed), Feeds.TOPICS, output, TestRuntime.with(new ScriptedPause(0), java.util.Map.of(), Duration.ofSeconds(30)));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void onceGivesUpOnAFeedAtItsDeadlineCountsItAsAnErrorAndFlushes() throws Exception {
        Ingester ingester = stalledFeed();

        long started = System.nanoTime();
        ingester.runOnce(Duration.ZERO, Duration.ofSeconds(1));

        assertThat(since(started)).isLessThan(Duration.ofSeconds(10));
        assertThat(ingester.metrics().counts("stalled").errors()).isEqualTo(1);
        assertThat(output.flushes()).isEqualTo(1);
    }

    @Test
    void stopEndsOnceAndFlushes() throws Exception {
        Ingester ingester = stalledFeed();
        Thread stopper = new Thread(() -> {
            sleep(500);
            ingester.stop();
        });
        stopper.start();

        long started = System.nanoTime();
        ingester.runOnce(Duration.ZERO);

        assertThat(since(started)).isLessThan(Duration.ofSeconds(10));
        assertThat(output.flushes()).isEqualTo(1);
    }

    @Test
    void anInterruptedOnceStillFlushesAfterItsFeedsStopped() throws Exception {
        Ingester ingester = stalledFeed();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread run = new Thread(() -> {
            try {
                ingester.runOnce(Duration.ZERO);
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        run.start();
        sleep(500);
        run.interrupt();
        run.join(10_000);

        assertThat(run.isAlive()).isFalse();
        assertThat(ended.get()).isInstanceOf(InterruptedException.class);
        assertThat(output.flushes()).isEqualTo(1);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("ingest-stalled");
    }

    @Test
    void anInterruptedRunStillFlushes() throws Exception {
        Ingester ingester = stalledFeed();
        Thread run = new Thread(() -> {
            try {
                ingester.runUntilStopped(Duration.ofMinutes(5), lines -> {});
            } catch (InterruptedException e) {
                // expected
            }
        });
        run.start();
        sleep(500);
        run.interrupt();
        run.join(15_000);

        assertThat(run.isAlive()).isFalse();
        assertThat(output.flushes()).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.talentwatch.ingest;

import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** The ingester's threads: one per feed (and per stream of a feed), ended by interrupting them. */
final class Workers {
    private static final Logger LOG = LogManager.getLogger(Workers.class);

    interface Work {
        void run() throws InterruptedException;
    }

    private Workers() {}

    static Thread start(String name, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop
            } catch (RuntimeException | Error e) {
                LOG.error("{} stopped on an unexpected failure", name, e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits for every thread; interrupted meanwhile, interrupts them all and waits for them to end before passing it on. */
    static void joinAll(List<Thread> threads) throws InterruptedException {
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            for (Thread thread : threads) {
                thread.join(10_000);
            }
            throw e;
        }
    }
}

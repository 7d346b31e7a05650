package io.talentwatch.local;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What a command started, closed once, newest first: by {@link #close()} when the command ends, or
 * by a JVM shutdown hook on Ctrl-C or SIGTERM, when no finally block of the main thread runs. Then
 * {@code afterwards} runs, e.g. to say that everything is stopped, whichever way it ended.
 *
 * <pre>{@code
 * try (Cleanup cleanup = new Cleanup("demo", () -> System.out.println("Stopped."))) {
 *     Path work = cleanup.deleteAtEnd(Files.createTempDirectory("work-"));
 *     LocalStack stack = cleanup.closeAtEnd(LocalStack.start());
 * }
 * }</pre>
 */
public final class Cleanup implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Cleanup.class);

    private final String name;
    private final Runnable afterwards;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Thread hook;
    private boolean closed;

    public Cleanup(String name, Runnable afterwards) {
        this.name = name;
        this.afterwards = afterwards;
        this.hook = new Thread(this::close, "talentwatch-cleanup-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Closes {@code resource} at the end, before everything added earlier. */
    public synchronized <T extends AutoCloseable> T closeAtEnd(T resource) {
        if (closed) {
            closeQuietly(resource);
            throw new IllegalStateException(name + " is already stopping");
        }
        resources.push(resource);
        return resource;
    }

    /** Deletes the folder and everything in it at the end. */
    public Path deleteAtEnd(Path dir) {
        closeAtEnd(() -> {
            if (!WorkDirs.delete(dir)) {
                LOG.warn("{}: could not delete all of {}", name, dir);
            }
        });
        return dir;
    }

    /** Closes everything, newest first, then runs the afterwards action. Idempotent; a failure does not stop the rest. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!resources.isEmpty()) {
            closeQuietly(resources.pop());
        }
        ShutdownHooks.remove(hook);
        afterwards.run();
    }

    private void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("{}: interrupted while stopping {}", name, resource);
        } catch (Exception e) {
            LOG.warn("{}: stopping {} failed", name, resource, e);
        }
    }
}

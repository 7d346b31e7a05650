package io.talentwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Stopping a set of processes politely (SIGTERM), then by force (SIGKILL). */
final class ProcessTree {

    private static final Logger LOG = LogManager.getLogger(ProcessTree.class);
    private static final Duration FORCE_WAIT = Duration.ofSeconds(10);

    private ProcessTree() {
    }

    /**
     * Sends SIGTERM to every handle, waits up to {@code grace} for all to exit, then SIGKILLs
     * the rest. Returns the handles still running afterwards (normally none).
     */
    static List<ProcessHandle> terminate(String name, Collection<ProcessHandle> handles, Duration grace) {
        handles.stream().filter(ProcessTree::isRunning).forEach(ProcessHandle::destroy);
        if (awaitExit(handles, grace)) {
            return List.of();
        }
        // Worth knowing: a service that ignores SIGTERM loses what its shutdown hooks would save.
        LOG.warn("{} ignored SIGTERM for {} s; killing it", name, grace.toSeconds());
        handles.stream().filter(ProcessTree::isRunning).forEach(ProcessHandle::destroyForcibly);
        awaitExit(handles, FORCE_WAIT);
        return handles.stream().filter(ProcessTree::isRunning).toList();
    }

    static boolean awaitExit(Collection<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handles.stream().anyMatch(ProcessTree::isRunning)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    /**
     * Alive and not a zombie. A grandchild whose parent died is reparented to PID 1, which may not
     * reap it promptly; ProcessHandle.isAlive() would report such a dead process as alive forever.
     */
    static boolean isRunning(ProcessHandle handle) {
        return handle.isAlive() && !isZombie(handle.pid());
    }

    private static boolean isZombie(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat);
            // Format: "pid (comm) S ..."; comm may contain spaces and parentheses, so split after the last ')'.
            String afterComm = line.substring(line.lastIndexOf(')') + 1).trim();
            return afterComm.startsWith("Z") || afterComm.startsWith("X");
        } catch (IOException | RuntimeException e) {
            return false; // no procfs (not Linux) or the process just vanished: rely on isAlive()
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

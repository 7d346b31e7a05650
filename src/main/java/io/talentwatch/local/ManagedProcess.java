package io.talentwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One local service process, its whole process tree and its work directory. Closing stops the
 * tree and deletes the directory (unless kept); a JVM shutdown hook does the same if nobody calls
 * close(), so Ctrl-C or the end of a test JVM never leaves a service running.
 *
 * <pre>{@code
 * try (ManagedProcess jvm = new ManagedProcess("broker", workDir, false, Duration.ofSeconds(30))) {
 *     jvm.launch(new ProcessBuilder(ChildJvm.command(jvmOptions, classpath, mainClass, args)));
 * }
 * }</pre>
 */
public final class ManagedProcess implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(ManagedProcess.class);
    private static final Duration REAP_WAIT = Duration.ofSeconds(5);

    private final String name;
    private final Path workDir;
    private final boolean keepWorkDir;
    private final Duration stopGrace;
    private final Thread shutdownHook;
    /** Every process of the tree seen so far: a daemonized grandchild outlives the link to its parent. */
    private final Set<ProcessHandle> known = new LinkedHashSet<>();
    private Process process;
    private Path pidFile;
    private Instant launchedAt;
    private boolean closed;

    /**
     * Takes ownership of {@code workDir} at once, so an interrupted start still cleans up.
     *
     * @param stopGrace how long close() waits after SIGTERM before it sends SIGKILL
     */
    public ManagedProcess(String name, Path workDir, boolean keepWorkDir, Duration stopGrace) {
        this.name = name;
        this.workDir = workDir;
        this.keepWorkDir = keepWorkDir;
        this.stopGrace = stopGrace;
        this.shutdownHook = new Thread(this::close, "talentwatch-stop-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the process; stop it with close(). */
    public void launch(ProcessBuilder builder) throws IOException {
        launch(builder, null);
    }

    /** Starts the process; {@code pidFile}, if not null, is where the service writes its real pid. */
    synchronized void launch(ProcessBuilder builder, Path pidFile) throws IOException {
        if (closed) {
            throw new IllegalStateException(name + " is already closed");
        }
        this.pidFile = pidFile;
        this.launchedAt = Instant.now();
        this.process = builder.start();
        known.add(process.toHandle());
    }

    Path workDir() {
        return workDir;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The exit code if the launched process has ended, for "died during startup" messages. */
    public synchronized Optional<Integer> exitCode() {
        return process != null && !process.isAlive() ? Optional.of(process.exitValue()) : Optional.empty();
    }

    /** The launched process (not its descendants), e.g. to check later that it has ended. */
    public synchronized ProcessHandle handle() {
        if (process == null) {
            throw new IllegalStateException(name + " was never launched");
        }
        return process.toHandle();
    }

    /** Pids of the running tree: the launched process, its descendants and the pid file's process. */
    synchronized Set<Long> pids() {
        return refreshTree().stream()
                .filter(ProcessTree::isRunning)
                .map(ProcessHandle::pid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Set<ProcessHandle> refreshTree() {
        if (process != null) {
            process.toHandle().descendants().forEach(known::add);
        }
        pidFromFile().ifPresent(known::add);
        return known;
    }

    private Optional<ProcessHandle> pidFromFile() {
        if (pidFile == null || !Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // Ignore a reused pid: the service's process cannot have started before we launched it.
            return ProcessHandle.of(pid).filter(h -> h.info().startInstant()
                    .map(started -> !started.isBefore(launchedAt.minusSeconds(1)))
                    .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Closes this process after a failed start and says why, where its files were and what they logged. */
    IllegalStateException startFailure(String service, Exception cause, String logTail) {
        close();
        return new IllegalStateException(service + " did not start: " + cause.getMessage()
                + " [work dir " + workDir + (keepWorkDir ? " kept]" : " removed]") + logTail, cause);
    }

    /** e.g. {@code kafka (pid 1234, running)}, for failure messages. */
    @Override
    public synchronized String toString() {
        if (process == null) {
            return name + " (not launched)";
        }
        return name + " (pid " + process.pid() + ", "
                + exitCode().map(code -> "exited with " + code).orElse("running") + ")";
    }

    /** Stops the whole tree (SIGTERM, then SIGKILL after the grace period), then deletes the work dir. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (process != null) {
                List<ProcessHandle> survivors = ProcessTree.terminate(name, List.copyOf(refreshTree()), stopGrace);
                if (!survivors.isEmpty()) {
                    LOG.warn("{}: processes still running after SIGKILL: {}", name,
                            survivors.stream().map(ProcessHandle::pid).toList());
                }
                awaitReaped();
            }
        } finally {
            if (keepWorkDir) {
                LOG.info("{}: keeping work directory {}", name, workDir);
            } else if (!WorkDirs.delete(workDir)) {
                LOG.warn("{}: could not delete all of {}", name, workDir);
            }
            ShutdownHooks.remove(shutdownHook);
        }
    }

    /**
     * A child that has exited stays a zombie, and {@link ProcessHandle#isAlive()} says true, until the
     * JDK's reaper thread collects it a moment later: wait for that, so that "closed" means gone.
     */
    private void awaitReaped() {
        try {
            process.waitFor(REAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

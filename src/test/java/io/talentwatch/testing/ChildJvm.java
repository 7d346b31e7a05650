package io.talentwatch.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One Flink JVM started as a child process, its output in {@code <name>.out} and its log in {@code <name>.log}. */
final class ChildJvm {

    private static final long GRACEFUL_STOP_SECONDS = 15;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path outFile;
    private List<ProcessHandle> tree = List.of();

    private ChildJvm(String name, Process process, Path logFile, Path outFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.outFile = outFile;
    }

    static ChildJvm start(String name, String mainClass, String classpath, ClusterLayout layout,
            FlinkJvmOptions.MemoryParams memory) throws IOException {
        Path logFile = layout.logDir().resolve(name + ".log");
        Path outFile = layout.logDir().resolve(name + ".out");
        List<String> command = new ArrayList<>();
        command.add(FlinkJvmOptions.javaExecutable());
        command.addAll(memory.jvmArgs());
        command.addAll(FlinkJvmOptions.JDK17_OPENS);
        command.add("-Dlog.file=" + logFile);
        command.add("-Dlog4j.configurationFile=" + layout.confDir().resolve(FlinkClusterConfig.LOG4J_FILE).toUri());
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.add("--configDir");
        command.add(layout.confDir().toString());
        command.addAll(memory.dynamicConfigs());
        Process process = new ProcessBuilder(command)
                .directory(layout.workDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(outFile.toFile())
                .start();
        return new ChildJvm(name, process, logFile, outFile);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Exit code, or "running". */
    String status() {
        return process.isAlive() ? "running" : "exited with " + process.exitValue();
    }

    /** Asks the process and its children to stop (SIGTERM: Flink runs its shutdown hooks). */
    synchronized void requestStop() {
        // Snapshot the tree now: once the parent is gone its children are re-parented and not found.
        tree = new ArrayList<>(process.toHandle().descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
    }

    /** Waits for a requested stop, then kills whatever is left of the tree. */
    synchronized void awaitStopOrKill() {
        if (tree.isEmpty()) {
            requestStop();
        }
        try {
            if (!process.waitFor(GRACEFUL_STOP_SECONDS, TimeUnit.SECONDS)) {
                System.err.println("[LocalFlinkCluster] " + name + " ignored SIGTERM for "
                        + GRACEFUL_STOP_SECONDS + " s; killing it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
        for (ProcessHandle handle : tree) {
            handle.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> handle).join();
        }
    }

    String logTails(int lines) {
        return "---- " + name + " (pid " + pid() + ", " + status() + ") " + logFile.getFileName() + " ----\n"
                + LogTail.of(logFile, lines) + "\n"
                + "---- " + name + " " + outFile.getFileName() + " ----\n"
                + LogTail.of(outFile, lines) + "\n";
    }
}

package io.talentwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The directories of one test cluster, all under one work dir that is kept for post-mortems. */
record ClusterLayout(Path workDir) {

    static final String LOOPBACK = "127.0.0.1";

    static ClusterLayout create(Path parent) throws IOException {
        Files.createDirectories(parent);
        ClusterLayout layout = new ClusterLayout(Files.createTempDirectory(parent, "run-"));
        for (Path dir : new Path[] {layout.confDir(), layout.logDir(), layout.tmpDir(), layout.uploadDir(),
                layout.checkpointDir(), layout.savepointDir(), layout.pluginsDir()}) {
            Files.createDirectories(dir);
        }
        return layout;
    }

    /** Best effort: a file that cannot be deleted only costs disk space under target/. */
    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[LocalFlinkCluster] could not delete " + dir + ": " + e);
        }
    }

    Path confDir() {
        return workDir.resolve("conf");
    }

    Path logDir() {
        return workDir.resolve("log");
    }

    /** What Flink itself logs for one process ({@code jobmanager}, {@code taskmanager}). */
    Path logFile(String processName) {
        return logDir().resolve(processName + ".log");
    }

    /** One process's stdout and stderr: JVM crashes and anything logged before log4j is up. */
    Path outFile(String processName) {
        return logDir().resolve(processName + ".out");
    }

    Path tmpDir() {
        return workDir.resolve("tmp");
    }

    Path uploadDir() {
        return workDir.resolve("upload");
    }

    /** Flink looks for {@code plugins} in its working directory and warns if there is none. */
    Path pluginsDir() {
        return workDir.resolve("plugins");
    }

    Path checkpointDir() {
        return workDir.resolve("checkpoints");
    }

    Path savepointDir() {
        return workDir.resolve("savepoints");
    }
}

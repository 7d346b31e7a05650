package io.talentwatch.testing;

import io.talentwatch.local.LogTail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The classpath of the test cluster's JVMs: Flink and logging only, resolved by Maven from
 * {@code src/test/resources/flink-cluster/pom.xml} and cached in {@code target/flink-cluster/classpath.txt}.
 * Keeping the project's classes off it means a submitted job jar must carry what it needs.
 */
final class FlinkClusterClasspath {

    private static final String CLUSTER_POM = "src/test/resources/flink-cluster/pom.xml";
    private static final long MAVEN_TIMEOUT_MINUTES = 5;

    private FlinkClusterClasspath() {}

    /** The cached classpath, resolving it first if the cache is missing, older than the pom or stale. */
    static synchronized String resolve(Path projectHome) throws IOException {
        Path pom = projectHome.resolve(CLUSTER_POM);
        if (!Files.isRegularFile(pom)) {
            throw new IOException("Cluster pom not found: " + pom + " (is talentwatch.home the repository root?)");
        }
        Path cacheDir = projectHome.resolve("target/flink-cluster");
        Files.createDirectories(cacheDir);
        Path cache = cacheDir.resolve("classpath.txt");
        if (isFresh(cache, pom)) {
            return Files.readString(cache).strip();
        }
        Path partial = Files.createTempFile(cacheDir, "classpath", ".tmp");
        Path mavenLog = cacheDir.resolve("classpath-mvn.log");
        List<String> command = new ArrayList<>(List.of(
                mavenExecutable(), "-B", "-q", "-f", pom.toString(),
                "dependency:build-classpath", "-Dmdep.outputFile=" + partial));
        Process maven = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(mavenLog.toFile())
                .start();
        try {
            if (!maven.waitFor(MAVEN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                throw new IOException("Maven did not resolve the cluster classpath within "
                        + MAVEN_TIMEOUT_MINUTES + " min; see " + mavenLog);
            }
        } catch (InterruptedException e) {
            maven.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while resolving the cluster classpath", e);
        }
        String classpath = Files.readString(partial).strip();
        if (maven.exitValue() != 0 || classpath.isEmpty()) {
            throw new IOException("Resolving the cluster classpath failed (" + String.join(" ", command) + ", exit "
                    + maven.exitValue() + ")" + LogTail.of(30, mavenLog));
        }
        // Rename last, so that a concurrent or interrupted run never reads half a file.
        Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return classpath;
    }

    private static boolean isFresh(Path cache, Path pom) throws IOException {
        if (!Files.isRegularFile(cache)
                || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(pom)) < 0) {
            return false;
        }
        String classpath = Files.readString(cache, StandardCharsets.UTF_8).strip();
        // A cleaned local repository makes a cached classpath point at nothing.
        return !classpath.isEmpty()
                && Arrays.stream(classpath.split(java.io.File.pathSeparator)).allMatch(jar -> Files.exists(Path.of(jar)));
    }

    private static String mavenExecutable() {
        String mavenHome = System.getenv("MAVEN_HOME");
        if (mavenHome != null && Files.isExecutable(Path.of(mavenHome, "bin", "mvn"))) {
            return Path.of(mavenHome, "bin", "mvn").toString();
        }
        return "mvn";
    }
}

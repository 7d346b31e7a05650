package io.talentwatch.testing;

import io.talentwatch.local.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The talentwatch CLI in a child JVM, as the launcher script starts it (Flink's opens, the CLI's
 * log4j configuration): for tests that need JVM-wide settings such as a trust store, or an
 * environment, without touching the test JVM's own. Output goes to a file; logs to {@code logDir}.
 */
public final class ChildCli implements AutoCloseable {
    private static final List<String> OPENS = List.of(
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/java.math=ALL-UNNAMED");

    private final Process process;
    private final Path output;

    private ChildCli(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * Starts {@code talentwatch args...}. The child gets this JVM's environment without any
     * TALENTWATCH_ES_* variable, plus {@code env}.
     */
    public static ChildCli start(Path logDir, List<String> jvmOptions, Map<String, String> env, String... args) throws IOException {
        Files.createDirectories(logDir);
        List<String> options = new ArrayList<>(OPENS);
        options.add("-Xmx768m");
        options.add("-Dlog4j.configurationFile=" + Path.of("target/classes/talentwatch-cli-log4j2.xml").toAbsolutePath());
        options.add("-Dtalentwatch.log.dir=" + logDir.toAbsolutePath());
        options.addAll(jvmOptions);
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(options, System.getProperty("java.class.path"),
                "io.talentwatch.cli.Main", List.of(args)));
        builder.environment().keySet().removeIf(name -> name.startsWith("TALENTWATCH_ES_"));
        builder.environment().putAll(env);
        Path output = Files.createTempFile(logDir, "cli-", ".out");
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        return new ChildCli(builder.start(), output);
    }

    /** Runs a command that ends by itself and returns its exit code and everything it printed. */
    public static CliRun run(Path logDir, List<String> jvmOptions, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        try (ChildCli cli = start(logDir, jvmOptions, env, args)) {
            if (!cli.process.waitFor(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException("talentwatch " + String.join(" ", args) + " did not end: " + cli.output());
            }
            return new CliRun(cli.process.exitValue(), cli.output(), "");
        }
    }

    /** The CLI's JVM, e.g. to signal it or to find the processes it started. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<cannot read " + output + ": " + e + ">";
        }
    }

    /** Stops it like Ctrl-C would (the CLI's shutdown hooks run), then for good after {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(30));
        }
    }
}

package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ctrl-C on a JVM that never calls close() still stops both services and removes their files. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ShutdownHookIT {

    @Test
    void interruptingTheOwningJvmStopsEverything() throws Exception {
        Process owner = new ProcessBuilder(ChildJvm.command(
                List.of("-Xmx256m", "-D" + LocalPaths.HOME_PROPERTY + "=" + LocalPaths.home(),
                        "-D" + LocalPaths.ES_HOME_PROPERTY + "=" + LocalPaths.elasticsearchHome(),
                        "-D" + LocalPaths.ES_PLUGIN_PROPERTY + "=" + LocalPaths.analysisPlugin()),
                StackUntilInterrupted.class.getName(), List.of()))
                .redirectErrorStream(true)
                .start();
        Map<String, String> held;
        List<String> output = new CopyOnWriteArrayList<>();
        try {
            held = awaitReady(owner, output);
        } catch (RuntimeException | AssertionError e) {
            owner.destroyForcibly();
            throw e;
        }
        List<Long> pids = Arrays.stream(held.get("pids").split(",")).map(Long::valueOf).toList();
        List<Integer> ports = Arrays.stream(held.get("ports").split(",")).map(Integer::valueOf).toList();
        List<Path> dirs = Arrays.stream(held.get("dirs").split(",")).map(Path::of).toList();
        assertThat(pids).hasSizeGreaterThanOrEqualTo(3).allMatch(ShutdownHookIT::running);
        assertThat(ports).noneMatch(Ports::isFree);
        assertThat(dirs).allMatch(Files::isDirectory);

        // What a terminal sends on Ctrl-C (TERM where INT is ignored, as in some CI background jobs).
        String signal = ignoresSigint(owner.pid()) ? "-TERM" : "-INT";
        assertThat(new ProcessBuilder("kill", signal, Long.toString(owner.pid())).start().waitFor()).isZero();

        assertThat(owner.waitFor(90, TimeUnit.SECONDS)).as(String.join("\n", output)).isTrue();
        assertThat(pids).noneMatch(ShutdownHookIT::running);
        assertThat(ports).allMatch(Ports::isFree);
        assertThat(dirs).noneMatch(Files::exists);
    }

    private static Map<String, String> awaitReady(Process owner, List<String> output) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            output.add(line);
            if (line.startsWith(StackUntilInterrupted.READY + " ")) {
                Map<String, String> fields = new HashMap<>();
                for (String field : line.substring(StackUntilInterrupted.READY.length() + 1).split(" ")) {
                    String[] pair = field.split("=", 2);
                    fields.put(pair[0], pair[1]);
                }
                // Keep draining, or a chatty child blocks on a full pipe.
                Thread drain = new Thread(() -> lines.lines().forEach(output::add), "drain-owner-output");
                drain.setDaemon(true);
                drain.start();
                return fields;
            }
        }
        throw new AssertionError("owner JVM exited before READY:\n" + String.join("\n", output));
    }

    /** A JVM started with SIGINT ignored keeps ignoring it (bit 1 of SigIgn in /proc/PID/status). */
    private static boolean ignoresSigint(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16))
                .anyMatch(mask -> (mask & 0b10) != 0);
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false);
    }
}

package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.local.LocalPaths;
import io.talentwatch.testing.ChildCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code demo --keep-running} stopped by SIGTERM (what {@code kill} and {@code ProcessHandle.destroy()}
 * send): no finally block runs, yet its child processes stop and its temp folder, the services' work
 * folders and everything else it put in java.io.tmpdir are gone.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class DemoShutdownIT {
    private static final String WAITING = "The stack keeps running; Ctrl-C stops it and everything it started.";

    @Test
    void sigtermStopsTheChildProcessesAndEmptiesTheTempFolder() throws Exception {
        // Its own java.io.tmpdir, so that "nothing left" can be checked whole; Elasticsearch runs as nobody and must traverse it.
        Path tmp = Files.createTempDirectory("demo-sigterm-it-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        List<String> jvm = List.of("-Xmx1g", "-Djava.io.tmpdir=" + tmp,
                "-D" + LocalPaths.HOME_PROPERTY + "=" + LocalPaths.home(),
                "-D" + LocalPaths.ES_HOME_PROPERTY + "=" + LocalPaths.elasticsearchHome(),
                "-D" + LocalPaths.ES_PLUGIN_PROPERTY + "=" + LocalPaths.analysisPlugin());
        try (ChildCli demo = ChildCli.start(Path.of("target/demo-sigterm-it-logs"), jvm, Map.of(), "demo", "--keep-running")) {
            awaitOutput(demo, WAITING);
            String before = demo.output();
            List<ProcessHandle> children = demo.handle().descendants().toList();
            assertThat(children).as("Kafka and Elasticsearch").hasSizeGreaterThanOrEqualTo(2);
            assertThat(names(tmp)).anyMatch(name -> name.startsWith("talentwatch-demo-"));
            // The curl lines come while the stack runs, right before the demo waits, and Elasticsearch answers.
            assertThat(before).containsSubsequence("See them yourself while the stack runs:", "  curl -s 'http://127.0.0.1:", WAITING);
            assertThat(before).doesNotContain(DemoCommand.STOPPED);
            assertThat(health(before)).isEqualTo(200);

            demo.handle().destroy();

            assertThat(demo.handle().onExit().get(2, TimeUnit.MINUTES).isAlive()).isFalse();
            awaitGone(children);
            assertThat(children).noneMatch(ProcessHandle::isAlive);
            assertThat(names(tmp)).as("left in java.io.tmpdir; output:\n" + demo.output()).isEmpty();
            assertThat(demo.output().substring(before.length())).contains(DemoCommand.STOPPED);
        } finally {
            try (Stream<Path> left = Files.walk(tmp)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void awaitOutput(ChildCli cli, String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!cli.output().contains(line)) {
            if (!cli.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no '" + line + "' from the demo:\n" + cli.output());
            }
            Thread.sleep(500);
        }
    }

    private static void awaitGone(List<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int health(String output) throws Exception {
        Matcher es = Pattern.compile("Elasticsearch (http://127\\.0\\.0\\.1:\\d+)").matcher(output);
        assertThat(es.find()).as(output).isTrue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(es.group(1) + "/_cluster/health")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./talentwatch launcher rebuilds exactly when the build output is missing or older than what
 * the build reads. Run with bash on a copy next to a fake checkout and target/, with a fake mvn
 * (records the call, writes the job jar as a package would) and a fake java.
 */
class LauncherScriptTest {
    private static final Instant SOURCES = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant PACKAGED = Instant.parse("2025-01-01T11:00:00Z");

    @TempDir
    Path root;

    private Path bin;
    private Path jar;

    @BeforeEach
    void checkoutBuiltByMvnPackage() throws IOException {
        Files.copy(Path.of("talentwatch"), root.resolve("talentwatch"));
        for (String file : new String[] {"pom.xml", "src/main/java/io/talentwatch/cli/Main.java",
                "src/main/resources/samples/sample.jsonl", "src/es-plugin/java/Plugin.java",
                "connectors/elasticsearch/spikes.json", "src/test/java/SomeTest.java", "README.md"}) {
            write(root.resolve(file), "", SOURCES);
        }
        for (String dir : new String[] {"target/classes", "target/lib", "target/elasticsearch7-connector/org",
                "target/es-plugin/talentwatch-analysis"}) {
            Files.createDirectories(root.resolve(dir));
        }
        jar = root.resolve("target/talentwatch-0.1.0-SNAPSHOT-job.jar");
        write(jar, "jar", PACKAGED);
        bin = Files.createDirectories(root.resolve("fake-bin"));
        script(bin.resolve("mvn"), "echo \"$*\" >> \"" + root.resolve("mvn-calls") + "\"\ntouch \"" + jar + "\"\n");
        script(bin.resolve("java"), "echo \"java ran: ${@: -1}\"\n");
    }

    @Test
    void aFreshPackageRunsTheCliWithoutBuilding() throws Exception {
        String out = launch();
        assertThat(out).contains("java ran: --help").doesNotContain("building");
        assertThat(root.resolve("mvn-calls")).doesNotExist();
    }

    @Test
    void aSourceNewerThanThePackageBuildsOnceThenNoMore() throws Exception {
        Files.setLastModifiedTime(root.resolve("src/main/java/io/talentwatch/cli/Main.java"), FileTime.from(Instant.now()));
        assertThat(launch()).contains("talentwatch: building").contains("java ran: --help");
        assertThat(Files.readString(root.resolve("mvn-calls"))).isEqualTo("-B -DskipTests package\n");

        assertThat(launch()).doesNotContain("building");
        assertThat(Files.readAllLines(root.resolve("mvn-calls"))).hasSize(1);
    }

    @Test
    void eachInputOfTheBuildCounts() throws Exception {
        for (String input : new String[] {"pom.xml", "src/main/resources/samples/sample.jsonl", "src/es-plugin/java/Plugin.java",
                "connectors/elasticsearch/spikes.json"}) {
            Files.setLastModifiedTime(root.resolve(input), FileTime.from(PACKAGED.plusSeconds(60)));
            assertThat(launch()).as(input).contains("building");
            Files.setLastModifiedTime(jar, FileTime.from(PACKAGED));
            Files.setLastModifiedTime(root.resolve(input), FileTime.from(SOURCES));
        }
        Files.setLastModifiedTime(root.resolve("src/test/java/SomeTest.java"), FileTime.from(PACKAGED.plusSeconds(60)));
        Files.setLastModifiedTime(root.resolve("README.md"), FileTime.from(PACKAGED.plusSeconds(60)));
        assertThat(launch()).as("tests and docs are not the CLI's").doesNotContain("building");
    }

    @Test
    void aMissingPieceOfTheClasspathBuilds() throws Exception {
        for (String piece : new String[] {"target/lib", "target/elasticsearch7-connector/org", "target/es-plugin/talentwatch-analysis",
                "target/classes"}) {
            Path dir = root.resolve(piece);
            Files.delete(dir);
            assertThat(launch()).as(piece).contains("building");
            Files.createDirectories(dir);
            Files.setLastModifiedTime(jar, FileTime.from(PACKAGED));
        }
        Files.delete(jar);
        assertThat(launch()).as("no job jar").contains("building");
    }

    private String launch() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("talentwatch").toString(), "--help")
                .redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    private static void write(Path file, String text, Instant time) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

    @Test
    void expandsWildcardEntriesToTheirJarsAndMakesPathsAbsolute(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.createFile(lib.resolve("b.jar"));
        Files.createFile(lib.resolve("a.jar"));
        Files.createFile(lib.resolve("notes.txt"));

        String expanded = ChildJvm.expandClasspath("target/classes" + File.pathSeparator + lib + "/*");

        assertThat(expanded.split(File.pathSeparator)).containsExactly(
                Path.of("target/classes").toAbsolutePath().toString(),
                lib.resolve("a.jar").toString(),
                lib.resolve("b.jar").toString());
    }

    @Test
    void thisJvmsClasspathHasNoWildcardLeft() {
        assertThat(ChildJvm.classpath()).doesNotContain("*");
        assertThat(ChildJvm.classpath()).contains("kafka_2.13");
    }
}

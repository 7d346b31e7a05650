package io.talentwatch.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Command lines for child JVMs that run a main class, by default from our own classpath (e.g. the Kafka broker). */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Runs {@code mainClass} from this JVM's own classpath. */
    static List<String> command(List<String> jvmOptions, String mainClass, List<String> arguments) {
        return command(jvmOptions, classpath(), mainClass, arguments);
    }

    /** {@code java [jvmOptions] -cp classpath mainClass [arguments]}, with this JVM's java. */
    public static List<String> command(List<String> jvmOptions, String classpath, String mainClass,
                                       List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * This JVM's classpath. The java launcher already expands {@code dir/*} entries; we expand any
     * left over (e.g. a classpath set through a manifest or an unusual launcher) to be safe.
     */
    static String classpath() {
        return expandClasspath(System.getProperty("java.class.path"));
    }

    static String expandClasspath(String classpath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.endsWith("*")) {
                entries.addAll(jarsIn(Path.of(entry.substring(0, entry.length() - 1))));
            } else if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> jarsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir.toAbsolutePath())) {
            return files.map(Path::toString).filter(name -> name.endsWith(".jar") || name.endsWith(".JAR")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

package io.talentwatch.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log file, for failure messages. */
final class LogTail {

    private LogTail() {}

    static String of(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no " + file + ")";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            return String.join("\n", tail);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }
}

package io.talentwatch.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, for error messages when a service fails to start. */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code lines} lines of each existing, non-empty file, each under a header. */
    public static String of(int lines, Path... files) {
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            String tail = lastLines(file, lines);
            if (!tail.isEmpty()) {
                out.append("\n--- last lines of ").append(file).append(" ---\n").append(tail);
            }
        }
        return out.length() == 0 ? "\n(no log output in " + Arrays.toString(files) + ")" : out.toString();
    }

    static String lastLines(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, raf.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (raf.length() - start)];
            raf.seek(start);
            raf.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")\n";
        }
    }
}

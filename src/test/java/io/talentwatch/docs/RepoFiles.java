package io.talentwatch.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The files links may point at, by path relative to the repository root with '/' separators. */
interface RepoFiles {
    /** A file or a directory. */
    boolean exists(String path);

    /** A file's text, empty for a directory or a missing file. */
    Optional<String> read(String path);

    static RepoFiles onDisk(Path root) {
        return new RepoFiles() {
            @Override
            public boolean exists(String path) {
                return Files.exists(root.resolve(path));
            }

            @Override
            public Optional<String> read(String path) {
                Path file = root.resolve(path);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** For the checker's own tests: these files, and the directories that hold them. */
    static RepoFiles inMemory(Map<String, String> files) {
        return new RepoFiles() {
            @Override
            public boolean exists(String path) {
                String dir = path.isEmpty() || path.endsWith("/") ? path : path + "/";
                return files.containsKey(path) || files.keySet().stream().anyMatch(file -> file.startsWith(dir));
            }

            @Override
            public Optional<String> read(String path) {
                return Optional.ofNullable(files.get(path));
            }
        };
    }
}

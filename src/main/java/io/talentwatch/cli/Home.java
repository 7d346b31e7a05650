package io.talentwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the repository's own files (jobs/, connectors/, target/) whatever the working directory:
 * a path that exists as given wins, else it is taken relative to the installation
 * ({@code -Dtalentwatch.home}, set by the ./talentwatch launcher).
 */
final class Home {
    private Home() {}

    static Path dir() {
        return Path.of(System.getProperty("talentwatch.home", ".")).toAbsolutePath().normalize();
    }

    static Path resolve(Path path) {
        if (path.isAbsolute() || Files.exists(path)) {
            return path;
        }
        return dir().resolve(path);
    }
}

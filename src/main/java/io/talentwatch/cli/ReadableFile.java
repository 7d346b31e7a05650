package io.talentwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The check every command that reads a user's file makes first, with one message. */
final class ReadableFile {
    private ReadableFile() {}

    static Path require(CommandLine.Model.CommandSpec spec, Path file) {
        if (!Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "FILE '" + file + "' does not exist or cannot be read");
        }
        return file;
    }
}

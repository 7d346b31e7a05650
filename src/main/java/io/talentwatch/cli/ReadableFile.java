package io.talentwatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    /** The user's file, or standard input for {@code -}, as UTF-8 text. */
    static BufferedReader open(CommandLine.Model.CommandSpec spec, String input) throws IOException {
        if ("-".equals(input)) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(require(spec, Path.of(input)), StandardCharsets.UTF_8);
    }
}

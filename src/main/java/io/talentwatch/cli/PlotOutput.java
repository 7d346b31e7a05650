package io.talentwatch.cli;

import io.talentwatch.plot.PlotSize;
import io.talentwatch.plot.SeriesChart;
import io.talentwatch.plot.SeriesPoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Where pictures go: checked before any work starts, so a typo costs no run; then written with one message on failure. */
final class PlotOutput {
    private PlotOutput() {}

    /** The picture size to draw at: {@code size}, or the default; a size without {@code --plot} is refused. */
    static PlotSize size(CommandLine.Model.CommandSpec spec, Path plot, PlotSize size) {
        if (size != null && plot == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plot-size applies with --plot only");
        }
        return size == null ? PlotSize.DEFAULT : size;
    }

    /** A PNG file to (over)write: its folder must exist, and it must not be a folder itself. */
    static Path file(CommandLine.Model.CommandSpec spec, String option, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": '" + file + "' is a folder; name a .png file");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": folder '" + parent + "' does not exist");
        }
        if (!Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": cannot write '" + file + "'");
        }
        return file;
    }

    /** A folder for PNG files, made if missing. */
    static Path directory(CommandLine.Model.CommandSpec spec, String option, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": cannot make folder '" + dir + "': " + reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": cannot write into folder '" + dir + "'");
        }
        return dir;
    }

    static void write(String option, SeriesPoints points, PlotSize size, Path file) {
        try {
            SeriesChart.writePng(points, size, file);
        } catch (IOException e) {
            throw new UserError(option + ": cannot write '" + file + "': " + reason(e));
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

package io.talentwatch.cli;

import io.talentwatch.definition.SpikeSettings;
import io.talentwatch.detect.DetectCsv;
import io.talentwatch.plot.PlotSize;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {
                "Flag spikes in a series of counts exported from elsewhere, with the job's own detector and its",
                "default settings. Input: CSV with the header 'timestamp,value', UTC timestamps YYYY-MM-DD HH:MM:SS",
                "a fixed step apart (taken from the first two rows), whole counts from 0. Output:",
                "'timestamp,value,score,spike': score in [0, 1] (0.5 = the significance threshold, higher = more",
                "anomalous), spike 1 where the detector flags the row. A bad line stops with its number; exit status 1."})
final class DetectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.csv|-", description = "the series; '-' reads standard input.")
    String input;

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Also draw the series as a PNG: a bar per step, the expected count with its band of ordinary "
                    + "counts, the flagged steps shaded.")
    Path plot;

    @Option(names = "--plot-size", paramLabel = "WIDTHxHEIGHT", converter = PlotSizeConverter.class,
            description = "Size of the --plot picture in pixels (default: 1200x500).")
    PlotSize plotSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlotSize size = PlotOutput.size(spec, plot, plotSize);
        if (plot != null) {
            PlotOutput.file(spec, "--plot", plot);
        }
        SpikeSettings settings = SpikeSettings.defaults();
        DetectCsv.Judged judged;
        try (BufferedReader in = ReadableFile.open(spec, input)) {
            judged = new DetectCsv(settings).judge(in);
        } catch (DetectCsv.BadInput e) {
            throw new UserError(e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserError("the file is not UTF-8 text");
        }
        if (plot != null) {
            PlotOutput.write("--plot", DetectPicture.of(input, judged, settings), size, plot);
        }
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        DetectCsv.print(judged, out);
        return 0;
    }
}

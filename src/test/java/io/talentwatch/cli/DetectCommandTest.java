package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.CliRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectCommandTest {
    @TempDir
    Path dir;

    private CliRun detect(String csv) throws Exception {
        Path file = dir.resolve("series.csv");
        Files.writeString(file, csv);
        return CliRun.of("detect", file.toString());
    }

    /** Two days of hourly counts around 10, then 60 at noon on the third day. */
    private static String series() {
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        for (int h = 0; h < 60; h++) {
            long value = h == 58 ? 60 : 8 + (h * 7) % 5;
            csv.append(String.format("2025-06-%02d %02d:00:00,%d%n", 1 + h / 24, h % 24, value));
        }
        return csv.toString();
    }

    @Test
    void writesOneRowPerInputRowAndFlagsTheBurst() throws Exception {
        CliRun run = detect(series());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(61);
        assertThat(lines.get(0)).isEqualTo("timestamp,value,score,spike");
        assertThat(lines.get(59)).startsWith("2025-06-03 10:00:00,60,1.0000,1");
        assertThat(lines.subList(1, 59)).allSatisfy(l -> assertThat(l).endsWith(",0").matches("[-0-9: ]+,\\d+,0\\.\\d{4},0"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void eachKindOfBadLineIsNamedByNumber() throws Exception {
        String good = "timestamp,value\n2025-06-01 00:00:00,3\n2025-06-01 00:15:00,4\n";
        assertBad("time,count\n2025-06-01 00:00:00,3\n", "line 1: expected the header 'timestamp,value'");
        assertBad(good + "2025-06-01 00:30:00,5\n2025-06-01 01:00:00,5\n", "line 5: timestamp 2025-06-01 01:00:00 breaks the fixed step of 15m");
        assertBad(good + "2025-06-01T00:30:00,5\n", "line 4: timestamp '2025-06-01T00:30:00' is not YYYY-MM-DD HH:MM:SS");
        assertBad(good + "2025-02-30 00:30:00,5\n", "line 4: timestamp '2025-02-30 00:30:00' is not");
        assertBad(good + "2025-06-01 00:30:00,-1\n", "line 4: value -1 is negative");
        assertBad(good + "2025-06-01 00:30:00,2.5\n", "line 4: value '2.5' is not a whole number");
        assertBad(good + "2025-06-01 00:30:00\n", "line 4: expected 'timestamp,value', got 1 field(s)");
        assertBad("timestamp,value\n2025-06-01 00:00:00,3\n", "line 2: need at least 2 rows to infer the step, got 1");
        assertBad("timestamp,value\n2025-06-01 00:15:00,3\n2025-06-01 00:00:00,3\n", "line 3: timestamps must increase");
    }

    private void assertBad(String csv, String message) throws Exception {
        CliRun run = detect(csv);
        assertThat(run.exitCode()).as(csv).isEqualTo(1);
        assertThat(run.err()).as(csv).contains("talentwatch detect: " + message);
        assertThat(run.out()).as(csv).isEmpty();
    }

    @Test
    void drawsThePlotAtTheRequestedSizeBesidesTheSameCsv() throws Exception {
        Path csv = dir.resolve("series.csv");
        Files.writeString(csv, series());
        Path png = dir.resolve("series.png");
        CliRun run = CliRun.of("detect", csv.toString(), "--plot", png.toString(), "--plot-size", "800x360");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("detect", csv.toString()).out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void theDefaultSizeIs1200x500AndTheFlaggedStepsAreShaded() throws Exception {
        Path burst = dir.resolve("burst.png");
        Path quiet = dir.resolve("quiet.png");
        Path quietCsv = dir.resolve("quiet.csv");
        Files.writeString(quietCsv, series().replace(",60\n", ",9\n"));
        assertThat(detect(series()).exitCode()).isZero();
        assertThat(CliRun.of("detect", dir.resolve("series.csv").toString(), "--plot", burst.toString()).exitCode()).isZero();
        assertThat(CliRun.of("detect", quietCsv.toString(), "--plot", quiet.toString()).exitCode()).isZero();

        BufferedImage image = ImageIO.read(burst.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(500);
        // The flagged hour's bar of 60 is a tall red column; the legend's swatch alone is a hundred pixels.
        assertThat(flaggedRed(image)).isGreaterThan(2000);
        assertThat(flaggedRed(ImageIO.read(quiet.toFile()))).isLessThan(300);
    }

    /** Pixels in the colour of flagged bars, rgb(196, 42, 28). */
    private static int flaggedRed(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == 0xC42A1C ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void aBadPlotSizeIsAUsageErrorNamingTheOption() throws Exception {
        Path csv = dir.resolve("series.csv");
        Files.writeString(csv, series());
        Path png = dir.resolve("series.png");
        for (String[] bad : new String[][] {{"1200", "'1200' is not WIDTHxHEIGHT in pixels, e.g. 1200x500"},
                {"50x50", "width and height must be 200 to 8000 pixels, got 50x50"}}) {
            CliRun run = CliRun.of("detect", csv.toString(), "--plot", png.toString(), "--plot-size", bad[0]);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--plot-size").contains(bad[1]);
            assertThat(run.out()).isEmpty();
        }
        CliRun alone = CliRun.of("detect", csv.toString(), "--plot-size", "800x400");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--plot-size applies with --plot only");
        assertThat(png).doesNotExist();
    }

    @Test
    void aPlotPathThatCannotBeWrittenStopsBeforeAnyOutput() throws Exception {
        Path csv = dir.resolve("series.csv");
        Files.writeString(csv, series());
        CliRun missingFolder = CliRun.of("detect", csv.toString(), "--plot", dir.resolve("no/such/folder/x.png").toString());
        assertThat(missingFolder.exitCode()).isEqualTo(2);
        assertThat(missingFolder.err()).contains("--plot: folder '" + dir.resolve("no/such/folder") + "' does not exist");
        assertThat(missingFolder.out()).isEmpty();

        CliRun folder = CliRun.of("detect", csv.toString(), "--plot", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("--plot: '" + dir + "' is a folder; name a .png file");
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.of("detect", "does-not-exist.csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'does-not-exist.csv' does not exist");
    }
}

package io.talentwatch.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesChartTest {
    private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(15);

    @TempDir
    Path dir;

    /** A day of quiet steps with a burst at steps 60 to 63, flagged. */
    private static SeriesPoints points() {
        List<PlotStep> steps = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            long count = i >= 60 && i < 64 ? 30 : i % 4;
            steps.add(new PlotStep(T0.plus(STEP.multipliedBy(i)), T0.plus(STEP.multipliedBy(i + 1)), count, 1.5, 9));
        }
        PlotSpan burst = new PlotSpan(T0.plus(STEP.multipliedBy(60)), T0.plus(STEP.multipliedBy(64)));
        return new SeriesPoints("company:meta", "how to read it", "mentions per window", steps, List.of(burst));
    }

    @Test
    void writesAPngOfExactlyTheRequestedSize() throws Exception {
        Path png = dir.resolve("meta.png");
        SeriesChart.writePng(points(), new PlotSize(900, 420), png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(420);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theFlaggedSpanIsShadedAndTheRestOfThePlotIsNot() {
        JFreeChart chart = SeriesChart.chart(points());
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(1200, 500, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        int top = (int) area.getMinY() + 3; // above every bar and the band: only background or shading
        int inside = x(plot, area, T0.plus(STEP.multipliedBy(62)));
        int outside = x(plot, area, T0.plus(STEP.multipliedBy(30)));

        assertThat(image.getRGB(outside, top)).as("plot background").isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(inside, top)).as("flagged shading").isNotEqualTo(image.getRGB(outside, top));
        int shade = image.getRGB(inside, top);
        assertThat((shade >> 16 & 0xFF) > (shade & 0xFF)).as("reddish: %08x", shade).isTrue();
    }

    private static int x(XYPlot plot, Rectangle2D area, Instant at) {
        return (int) plot.getDomainAxis().valueToJava2D(at.toEpochMilli(), area, RectangleEdge.BOTTOM);
    }
}

package io.talentwatch.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepAreaRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The picture of one series that {@code detect --plot} and {@code demo --plot} draw: a bar per step
 * for its count, the expected count as a line, the band of ordinary counts (from 0 up to the
 * smallest significant count) behind them, and the flagged spans shaded, their bars in red. A bar
 * that reaches the band's top is significant.
 */
public final class SeriesChart {
    static {
        // The CLI never opens a window; this also keeps AWT off any display a shell happens to have.
        System.setProperty("java.awt.headless", "true");
    }

    static final Color COUNT = new Color(54, 96, 146);
    static final Color EXPECTED = new Color(20, 20, 20);
    static final Color BAND = new Color(120, 170, 220, 90);
    static final Color FLAGGED_COUNT = new Color(196, 42, 28);
    /** The flagged spans' background: the flagged bars' hue, light, so the band still shows through. */
    static final Color FLAGGED = new Color(235, 70, 40, 60);
    // Sized to stay readable when a README shows the 1200-pixel default at about 800.
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    private SeriesChart() {}

    /** Writes the picture as a PNG of exactly {@code size}. */
    public static void writePng(SeriesPoints points, PlotSize size, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart(points), size.width(), size.height());
    }

    /** The chart itself, for tests that look at where things are drawn. */
    public static JFreeChart chart(SeriesPoints points) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(timeAxis(points));
        NumberAxis counts = new NumberAxis(points.countAxis());
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setAutoRangeIncludesZero(true);
        counts.setUpperMargin(0.08);
        counts.setLabelFont(AXIS);
        counts.setTickLabelFont(TICKS);
        plot.setRangeAxis(counts);

        plot.setDataset(0, band(points));
        plot.setRenderer(0, bandRenderer());
        plot.setDataset(1, bars(points));
        plot.setRenderer(1, barRenderer());
        plot.setDataset(2, expected(points));
        plot.setRenderer(2, expectedRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (PlotSpan span : points.flagged()) {
            IntervalMarker marker = new IntervalMarker(span.from().toEpochMilli(), span.to().toEpochMilli());
            marker.setPaint(FLAGGED);
            marker.setOutlinePaint(null);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setFixedLegendItems(legend());

        JFreeChart chart = new JFreeChart(points.title(), TITLE, plot, true);
        chart.addSubtitle(new TextTitle(points.subtitle(), SUBTITLE));
        chart.getLegend().setItemFont(LEGEND);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    private static DateAxis timeAxis(SeriesPoints points) {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        DateAxis time = new DateAxis("time (UTC)", utc, Locale.ROOT);
        SimpleDateFormat format = new SimpleDateFormat("MMM d HH:mm", Locale.ROOT);
        format.setTimeZone(utc);
        time.setDateFormatOverride(format);
        time.setLabelFont(AXIS);
        time.setTickLabelFont(TICKS);
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        return time;
    }

    /** One point per step start, and the last step's end, so that steps are drawn as steps. */
    private static XYSeriesCollection stepLine(SeriesPoints points, String name, boolean band) {
        XYSeries line = new XYSeries(name, false, true);
        PlotStep last = null;
        for (PlotStep s : points.steps()) {
            double y = band ? s.bandTop() : s.expected();
            if (!Double.isNaN(y)) {
                line.add(s.start().toEpochMilli(), y);
                last = s;
            }
        }
        if (last != null) {
            line.add(last.end().toEpochMilli(), band ? last.bandTop() : last.expected());
        }
        return new XYSeriesCollection(line);
    }

    private static XYSeriesCollection band(SeriesPoints points) {
        return stepLine(points, "band", true);
    }

    private static XYSeriesCollection expected(SeriesPoints points) {
        return stepLine(points, "expected", false);
    }

    /** Two bar series: the steps inside a flagged span in the flagged colour, the others in the count colour. */
    private static XYIntervalSeriesCollection bars(SeriesPoints points) {
        XYIntervalSeries plain = new XYIntervalSeries("count");
        XYIntervalSeries flagged = new XYIntervalSeries("flagged");
        for (PlotStep s : points.steps()) {
            long from = s.start().toEpochMilli();
            (isFlagged(s, points) ? flagged : plain).add(from, from, s.end().toEpochMilli(), s.count(), 0, s.count());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(plain);
        data.addSeries(flagged);
        return data;
    }

    private static boolean isFlagged(PlotStep s, SeriesPoints points) {
        return points.flagged().stream().anyMatch(f -> !s.start().isBefore(f.from()) && !s.end().isAfter(f.to()));
    }

    private static XYStepAreaRenderer bandRenderer() {
        XYStepAreaRenderer r = new XYStepAreaRenderer(XYStepAreaRenderer.AREA);
        r.setSeriesPaint(0, BAND);
        r.setOutline(false);
        return r;
    }

    private static XYBarRenderer barRenderer() {
        XYBarRenderer r = new XYBarRenderer(0);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, COUNT);
        r.setSeriesPaint(1, FLAGGED_COUNT);
        return r;
    }

    private static XYStepRenderer expectedRenderer() {
        XYStepRenderer r = new XYStepRenderer();
        r.setSeriesPaint(0, EXPECTED);
        r.setSeriesStroke(0, new BasicStroke(1.6f));
        r.setDefaultShapesVisible(false);
        return r;
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("count", COUNT));
        items.add(new LegendItem("expected", "", "", "", new Line2D.Double(-8, 0, 8, 0), new BasicStroke(1.6f), EXPECTED));
        items.add(new LegendItem("band: ordinary counts (not significant)", onWhite(BAND)));
        items.add(new LegendItem("flagged", FLAGGED_COUNT));
        return items;
    }

    /** A translucent colour as it looks on the white plot, for its legend swatch. */
    private static Color onWhite(Color c) {
        double a = c.getAlpha() / 255.0;
        return new Color((int) Math.round(c.getRed() * a + 255 * (1 - a)), (int) Math.round(c.getGreen() * a + 255 * (1 - a)),
                (int) Math.round(c.getBlue() * a + 255 * (1 - a)));
    }
}

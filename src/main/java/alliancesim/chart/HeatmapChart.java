package alliancesim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Arrays;
import alliancesim.stats.NumberText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * An output's value over two grid factors: one block per grid cell with its value written in it,
 * viridis colours and a legend bar with round ticks. The axes have one tick per grid level, so
 * uneven levels (0.02, 0.05, 0.08) read as they were set.
 */
public final class HeatmapChart {
    /** Viridis at 9 stops: perceptually even and readable by colour-blind viewers. */
    private static final Color[] VIRIDIS = {
        new Color(68, 1, 84), new Color(72, 40, 120), new Color(62, 74, 137), new Color(49, 104, 142),
        new Color(38, 130, 142), new Color(31, 158, 137), new Color(53, 183, 121), new Color(109, 205, 89),
        new Color(253, 231, 37)};
    private static final Font CELL = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private HeatmapChart() {
    }

    /** x[i], y[i], z[i] per cell, at the grid's levels. */
    public static JFreeChart create(String title, String subtitle, String xLabel, String yLabel, String zLabel,
                                    double[] x, double[] y, double[] z) {
        double[] none = new double[z.length];
        Arrays.fill(none, Double.NaN);
        return create(title, subtitle, xLabel, yLabel, zLabel, x, y, z, none);
    }

    /**
     * As above, each cell also written with the half-width of its mean's interval ("0.127 ±0.031"), and
     * marked "≈" when that interval holds the mean of all cells: a colour that is noise, said so.
     */
    public static JFreeChart create(String title, String subtitle, String xLabel, String yLabel, String zLabel,
                                    double[] x, double[] y, double[] z, double[] halfWidth) {
        double[] xLevels = Arrays.stream(x).distinct().sorted().toArray();
        double[] yLevels = Arrays.stream(y).distinct().sorted().toArray();
        double[] xi = new double[x.length];
        double[] yi = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            xi[i] = Arrays.binarySearch(xLevels, x[i]);
            yi[i] = Arrays.binarySearch(yLevels, y[i]);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", new double[][] {xi, yi, z});
        double lo = Arrays.stream(z).filter(Double::isFinite).min().orElse(0);
        double hi = Arrays.stream(z).filter(Double::isFinite).max().orElse(1);
        ValueScale legendScale = ValueScale.of(lo, hi, false);
        Viridis scale = new Viridis(legendScale.lower(), legendScale.upper());
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        SymbolAxis xAxis = levelAxis(xLabel, xLevels);
        SymbolAxis yAxis = levelAxis(yLabel, yLevels);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        ChartStyle.apply(plot);
        // Factor titles carry a description, a name and a unit: a size smaller keeps the vertical one whole.
        xAxis.setLabelFont(ChartStyle.LEGEND);
        yAxis.setLabelFont(ChartStyle.LEGEND);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        double gridMean = Arrays.stream(z).filter(Double::isFinite).average().orElse(Double.NaN);
        for (int i = 0; i < z.length; i++) {
            if (Double.isFinite(z[i])) {
                XYTextAnnotation a = new XYTextAnnotation(cellText(z[i], halfWidth[i], gridMean), xi[i], yi[i]);
                a.setFont(CELL);
                a.setTextAnchor(TextAnchor.CENTER);
                a.setPaint(scale.light(z[i]) ? Color.BLACK : Color.WHITE);
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        NumberAxis zAxis = new NumberAxis(zLabel);
        legendScale.applyTo(zAxis);
        zAxis.setLabelFont(ChartStyle.TICKS);
        zAxis.setTickLabelFont(ChartStyle.TICKS);
        PaintScaleLegend legend = new PaintScaleLegend(scale, zAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(24);
        legend.setSubdivisionCount(200);
        legend.setMargin(8, 8, 8, 8);
        chart.addSubtitle(legend);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }

    /** "0.127", "0.127 ±0.031", or "≈ 0.127 ±0.031" when the interval holds the grid's mean. */
    static String cellText(double value, double halfWidth, double gridMean) {
        if (!Double.isFinite(halfWidth)) {
            return NumberText.printed(value);
        }
        String text = compact(value) + " ±" + compact(halfWidth);
        return Math.abs(value - gridMean) <= halfWidth ? "≈ " + text : text;
    }

    /** Three significant figures, thousands and millions as "18.4 k" and "10.8 M", so a value and its ± fit a cell. */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.3g M", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(java.util.Locale.ROOT, "%.3g k", v / 1e3);
        }
        return NumberText.printed(v);
    }

    private static SymbolAxis levelAxis(String label, double[] levels) {
        String[] names = Arrays.stream(levels).mapToObj(NumberText::setting).toArray(String[]::new);
        SymbolAxis axis = new SymbolAxis(label, names);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, levels.length - 0.5);
        return axis;
    }

    /** Viridis interpolated between its stops, so neighbouring cells that differ a little differ a little in colour. */
    private static final class Viridis implements PaintScale {
        private final double lower;
        private final double upper;

        Viridis(double lower, double upper) {
            this.lower = lower;
            this.upper = upper > lower ? upper : lower + 1;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return Color.LIGHT_GRAY;
            }
            double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (VIRIDIS.length - 1);
            int i = Math.min((int) Math.floor(t), VIRIDIS.length - 2);
            double f = t - i;
            Color a = VIRIDIS[i];
            Color b = VIRIDIS[i + 1];
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }

        /** Upper part of viridis (green to yellow): black text reads better there. */
        boolean light(double value) {
            return (value - lower) / (upper - lower) > 0.6;
        }
    }
}

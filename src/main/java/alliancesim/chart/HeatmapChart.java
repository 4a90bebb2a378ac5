package alliancesim.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/** An output's value over two grid factors: one block per grid cell, viridis colours, a legend bar. */
public final class HeatmapChart {
    /** Viridis at 9 stops: perceptually even and readable by colour-blind viewers. */
    private static final Color[] VIRIDIS = {
        new Color(68, 1, 84), new Color(72, 40, 120), new Color(62, 74, 137), new Color(49, 104, 142),
        new Color(38, 130, 142), new Color(31, 158, 137), new Color(53, 183, 121), new Color(109, 205, 89),
        new Color(253, 231, 37)};

    private HeatmapChart() {
    }

    /** x[i], y[i], z[i] per cell; cell sizes are the grid steps. */
    public static JFreeChart create(String title, String subtitle, String xLabel, String yLabel, String zLabel,
                                    double[] x, double[] y, double[] z, double xStep, double yStep) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", new double[][] {x, y, z});
        double lo = java.util.Arrays.stream(z).filter(Double::isFinite).min().orElse(0);
        double hi = java.util.Arrays.stream(z).filter(Double::isFinite).max().orElse(1);
        if (hi <= lo) {
            hi = lo + 1e-9;
        }
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.LIGHT_GRAY);
        for (int i = 0; i < VIRIDIS.length; i++) {
            scale.add(lo + (hi - lo) * i / (VIRIDIS.length - 1), VIRIDIS[i]);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(xStep);
        renderer.setBlockHeight(yStep);
        renderer.setBlockAnchor(org.jfree.chart.ui.RectangleAnchor.CENTER);
        NumberAxis xAxis = new NumberAxis(xLabel);
        NumberAxis yAxis = new NumberAxis(yLabel);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        ChartStyle.apply(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        NumberAxis zAxis = new NumberAxis(zLabel);
        zAxis.setRange(lo, hi);
        zAxis.setLabelFont(ChartStyle.TICKS);
        PaintScaleLegend legend = new PaintScaleLegend(scale, zAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(24);
        legend.setMargin(8, 8, 8, 8);
        chart.addSubtitle(legend);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}

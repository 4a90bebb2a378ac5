package alliancesim.chart;

import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One parameter's prior (a flat line: uniform density over its range) against its posterior (a
 * weighted histogram of the particles, as a density), over the prior's range.
 */
public final class PriorPosteriorChart {
    public static final int BINS = 30;

    /** Pixels right of the plot for the half of the last tick label that overhangs it ("15,000,000"). */
    static final int RIGHT_ROOM = 44;

    private PriorPosteriorChart() {
    }

    public static JFreeChart create(String title, String subtitle, String xLabel, double min, double max,
                                    double[] values, double[] weights) {
        double width = (max - min) / BINS;
        double[] mass = new double[BINS];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            int b = (int) Math.min(BINS - 1, Math.max(0, Math.floor((values[i] - min) / width)));
            mass[b] += weights[i];
            total += weights[i];
        }
        XYSeries posterior = new XYSeries("posterior (weighted particles)");
        for (int b = 0; b < BINS; b++) {
            // Density relative to the uniform prior's (1 / range): readable whatever the parameter's unit,
            // where a density per shell of a range of millions read "1.5E-7".
            posterior.add(min + (b + 0.5) * width, mass[b] / total / width * (max - min));
        }
        XYSeriesCollection bars = new XYSeriesCollection(posterior);
        bars.setIntervalWidth(width);
        XYSeries prior = new XYSeries("prior (uniform)");
        prior.add(min, 1);
        prior.add(max, 1);
        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(min, max);
        NumberAxis y = new NumberAxis("density (uniform prior = 1)");
        double top = 1;
        for (int b = 0; b < BINS; b++) {
            top = Math.max(top, posterior.getY(b).doubleValue());
        }
        ValueScale.of(0, top, true).applyTo(y);
        XYBarRenderer barRenderer = new XYBarRenderer(0.05);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, Palette.color(0));
        XYPlot plot = new XYPlot(bars, x, y, barRenderer);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Palette.color(1));
        line.setSeriesStroke(0, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                1f, new float[] {10f, 6f}, 0f));
        plot.setDataset(1, new XYSeriesCollection(prior));
        plot.setRenderer(1, line);
        ChartStyle.apply(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        // The x axis ends on the prior's bound, where a tick's label is centred: room for its right half.
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, RIGHT_ROOM));
        return chart;
    }
}

package alliancesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Public figures against a model's band, one row per figure, every value divided by the figure's
 * central value so that shells, growth rates and casualties share one axis: the figure's
 * uncertainty as a black bar at 1, the model's 5-95 % band and centre (as the caller gives it) in colour just below it.
 */
public final class TargetChart {
    /** About the height, in pixels, the plot gives its rows on a 1200 x 800 chart. */
    private static final float ROWS_HEIGHT = 620f;

    private TargetChart() {
    }

    /**
     * One figure: its label, its interval and value, and the model's band and mean, in the output's unit;
     * {@code heldOut}: a figure the posterior was not fitted to, drawn in its own colour.
     */
    public record Row(String label, double value, double low, double high, double modelMean, double modelLow,
                      double modelHigh, boolean heldOut) {
    }

    public static JFreeChart create(String title, String subtitle, String modelName, List<Row> rows) {
        XYIntervalSeries observed = new XYIntervalSeries("public figure and its uncertainty");
        XYIntervalSeries model = new XYIntervalSeries(modelName + ", fitted figures: median and 5-95 % of runs");
        XYIntervalSeries heldOut = new XYIntervalSeries(modelName + ", held-out figures: median and 5-95 % of runs");
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = rows.size() - 1 - i; // first row on top
            labels[y] = r.label();
            double v = r.value();
            observed.add(y + 0.12, y + 0.12, y + 0.12, 1, r.low() / v, r.high() / v);
            (r.heldOut() ? heldOut : model).add(y - 0.12, y - 0.12, y - 0.12, r.modelMean() / v, r.modelLow() / v, r.modelHigh() / v);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(observed);
        data.addSeries(model);
        data.addSeries(heldOut);
        SymbolAxis figures = new SymbolAxis(null, labels);
        figures.setGridBandsVisible(false);
        NumberAxis ratio = new NumberAxis("value / public figure (1 = the figure)");
        double lo = 1;
        double hi = 1;
        for (Row r : rows) {
            for (double v : new double[] {r.low(), r.high(), r.modelMean(), r.modelLow(), r.modelHigh()}) {
                double x = v / r.value();
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        ValueScale.of(lo, hi, true).applyTo(ratio);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(new BasicStroke(4f));
        renderer.setCapLength(10);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesPaint(1, Palette.color(0));
        renderer.setSeriesPaint(2, Palette.color(1));
        renderer.setErrorPaint(null);
        XYPlot plot = new XYPlot(data, figures, ratio, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(1.0, Color.GRAY, new BasicStroke(1f)));
        ChartStyle.apply(plot);
        // Every row gets its label: SymbolAxis would otherwise skip every other one when rows are many
        // (48 in the hindcast's chart), leaving bars that no label names. The font shrinks to fit the rows.
        figures.setAutoTickUnitSelection(false);
        figures.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        float perRow = ROWS_HEIGHT / Math.max(1, rows.size());
        figures.setTickLabelFont(ChartStyle.TICKS.deriveFont(Math.max(8f, Math.min(ChartStyle.TICKS.getSize2D(),
                perRow - 3))));
        if (perRow < 20) {
            renderer.setErrorStroke(new BasicStroke(2.5f));
            renderer.setCapLength(5);
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(0, 0, 0, 16)); // room for the last tick label
        return chart;
    }
}

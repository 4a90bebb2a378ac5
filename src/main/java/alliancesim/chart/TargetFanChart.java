package alliancesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fan chart (prior- and posterior-predictive bands) with the observed figures on it: each a
 * mark at its month with its 90 % error bar; fit targets as filled circles, holdout targets as
 * open squares.
 */
public final class TargetFanChart {
    private TargetFanChart() {
    }

    /** An observed figure: month, value, 90 % interval, and whether it was fitted or held out. */
    public record Observation(int month, double value, double low, double high, boolean holdout) {
    }

    /**
     * The value axis widened, with round ticks, to every observation and the whole of its error bar
     * (from zero, or for an index with a base, around the base as the fans' axis is).
     */
    private static void widen(NumberAxis y, List<Observation> observations, java.util.OptionalDouble indexBase) {
        double lo = y.getLowerBound();
        double hi = y.getUpperBound();
        for (Observation o : observations) {
            for (double v : new double[] {o.value(), o.low(), o.high()}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo < y.getLowerBound() || hi > y.getUpperBound()) {
            (indexBase.isPresent() ? ValueScale.around(lo, hi, indexBase.getAsDouble()) : ValueScale.of(lo, hi, true))
                    .applyTo(y);
        }
    }

    public static JFreeChart create(FanChartSpec spec, List<Observation> observations) {
        JFreeChart chart = FanChart.create(spec);
        XYPlot plot = chart.getXYPlot();
        YIntervalSeries fit = new YIntervalSeries("observed, fitted (90 % interval)", false, true);
        YIntervalSeries holdout = new YIntervalSeries("observed, held out (90 % interval)", false, true);
        for (Observation o : observations) {
            (o.holdout() ? holdout : fit).add(FanChart.millis(spec.start(), o.month()), o.value(), o.low(), o.high());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(fit);
        data.addSeries(holdout);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(12);
        r.setErrorPaint(Color.BLACK);
        Shape circle = new Ellipse2D.Double(-7, -7, 14, 14);
        Shape square = new Rectangle2D.Double(-7, -7, 14, 14);
        r.setSeriesShape(0, circle);
        r.setSeriesShape(1, square);
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesPaint(1, Palette.color(3));
        r.setSeriesShapesFilled(0, true);
        r.setSeriesShapesFilled(1, false);
        r.setUseOutlinePaint(false);
        r.setSeriesStroke(1, new BasicStroke(2.5f));
        // After the fan's own datasets (an overlay's band edges are the second): writing over one of them
        // dropped the posterior band's outline, leaving only the prior's band on the chart.
        int slot = plot.getDatasetCount();
        plot.setDataset(slot, data);
        plot.setRenderer(slot, r);
        widen((NumberAxis) plot.getRangeAxis(), observations, spec.indexBase());
        return chart;
    }
}

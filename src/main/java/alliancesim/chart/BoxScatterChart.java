package alliancesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Runs over two factors, cases of interest in one colour and the others in another, a box drawn over them. */
public final class BoxScatterChart {
    private BoxScatterChart() {
    }

    /** {@code box} is {xLow, xHigh, yLow, yHigh}. */
    public static JFreeChart create(String title, String subtitle, String xLabel, String yLabel, String casesLabel,
                                    double[] x, double[] y, boolean[] interesting, double[] box) {
        XYSeries cases = new XYSeries(casesLabel, false, true);
        XYSeries others = new XYSeries("other runs", false, true);
        for (int i = 0; i < x.length; i++) {
            (interesting[i] ? cases : others).add(x[i], y[i]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(others);
        data.addSeries(cases);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(0, new Color(150, 150, 150, 120));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(1, Palette.color(1));
        NumberAxis xAxis = new NumberAxis(xLabel);
        NumberAxis yAxis = new NumberAxis(yLabel);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        ChartStyle.apply(plot);
        plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(box[0], box[2], box[1] - box[0], box[3] - box[2]),
                new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 6f}, 0f),
                Color.BLACK));
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}

package alliancesim.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * How sensitivity indices settle as base samples are added: per panel (an index such as ST or S1)
 * one line per factor, its estimate and 95 % interval at each number of base samples (log scale).
 */
public final class ConvergenceChart {
    private ConvergenceChart() {
    }

    /** One factor's estimates of one index: at samples[i], estimate[i] within [low[i], high[i]]. */
    public record Track(String factor, int[] samples, double[] estimate, double[] low, double[] high) {
    }

    /** One panel: an index's name, its axis label and a track per factor. */
    public record Panel(String index, String axisLabel, List<Track> tracks) {
    }

    public static JFreeChart create(String title, String subtitle, String samplesLabel, List<Panel> panels) {
        LogAxis x = new LogAxis(samplesLabel);
        x.setBase(2);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        x.setLabelFont(ChartStyle.AXIS_LABEL);
        x.setTickLabelFont(ChartStyle.TICKS);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(16);
        for (Panel panel : panels) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            for (Track t : panel.tracks()) {
                YIntervalSeries s = new YIntervalSeries(t.factor());
                for (int i = 0; i < t.samples().length; i++) {
                    s.add(t.samples()[i], t.estimate()[i], Double.isNaN(t.low()[i]) ? t.estimate()[i] : t.low()[i],
                            Double.isNaN(t.high()[i]) ? t.estimate()[i] : t.high()[i]);
                }
                data.addSeries(s);
            }
            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setDrawXError(false);
            renderer.setDefaultLinesVisible(true);
            renderer.setCapLength(8);
            renderer.setErrorStroke(new BasicStroke(1.5f));
            for (int i = 0; i < panel.tracks().size(); i++) {
                renderer.setSeriesPaint(i, Palette.color(i));
                renderer.setSeriesStroke(i, new BasicStroke(2f));
                renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
                renderer.setSeriesVisibleInLegend(i, panels.indexOf(panel) == 0);
            }
            NumberAxis y = new NumberAxis(panel.axisLabel());
            y.setAutoRangeIncludesZero(true);
            XYPlot plot = new XYPlot(data, null, y, renderer);
            ChartStyle.apply(plotWithAxis(plot, x));
            combined.add(plot, 1);
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, combined, true);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }

    /** ChartStyle styles the domain axis too; a subplot shares the combined plot's. */
    private static XYPlot plotWithAxis(XYPlot plot, LogAxis x) {
        plot.setDomainAxis(x);
        return plot;
    }
}

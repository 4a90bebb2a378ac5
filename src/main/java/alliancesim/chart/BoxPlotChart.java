package alliancesim.chart;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/** Box plots of final values, one box per group (a result folder, a scenario, a design point). */
public final class BoxPlotChart {
    private BoxPlotChart() {
    }

    /** One group: its label and its values. */
    public record Group(String label, double[] values) {
    }

    public static JFreeChart create(String title, String subtitle, String yLabel, List<Group> groups) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (Group g : groups) {
            List<Double> values = Arrays.stream(g.values()).filter(v -> !Double.isNaN(v)).boxed().collect(Collectors.toList());
            data.add(values, "final value", g.label());
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setSeriesPaint(0, Palette.band(0));
        renderer.setSeriesOutlinePaint(0, Palette.color(0));
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setMeanVisible(true);
        renderer.setMaxOutlierVisible(true);
        renderer.setMinOutlierVisible(true);
        renderer.setFillBox(true);
        // The mean marker is drawn half as wide as the box: a narrower box keeps one or two groups' marker small.
        renderer.setMaximumBarWidth(Math.min(0.15, 0.06 * groups.size()));
        CategoryAxis x = new CategoryAxis("");
        x.setTickLabelFont(ChartStyle.AXIS_LABEL);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        y.setLabelFont(ChartStyle.AXIS_LABEL);
        y.setTickLabelFont(ChartStyle.TICKS);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}

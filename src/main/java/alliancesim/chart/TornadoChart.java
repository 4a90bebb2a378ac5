package alliancesim.chart;

import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Sensitivity indices per factor as horizontal bars, largest on top, with an error bar where known. */
public final class TornadoChart {
    private TornadoChart() {
    }

    /** One bar: a factor, an index (e.g. ST or mu*) and the half-width of its interval (0 if none). */
    public record Bar(String factor, String index, double value, double halfWidth) {
    }

    public static JFreeChart create(String title, String subtitle, String valueLabel, List<Bar> bars) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<String> order = bars.stream().filter(b -> b.index().equals(bars.get(0).index()))
                .sorted(Comparator.comparingDouble((Bar b) -> -Math.abs(b.value()))).map(Bar::factor).toList();
        for (String factor : order) {
            for (Bar b : bars) {
                if (b.factor().equals(factor)) {
                    data.add(b.value(), b.halfWidth(), b.index(), factor);
                }
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(java.awt.Color.DARK_GRAY);
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
        }
        CategoryAxis y = new CategoryAxis("");
        y.setTickLabelFont(ChartStyle.TICKS);
        NumberAxis x = new NumberAxis(valueLabel);
        x.setLabelFont(ChartStyle.AXIS_LABEL);
        x.setTickLabelFont(ChartStyle.TICKS);
        CategoryPlot plot = new CategoryPlot(data, y, x, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        return chart;
    }
}

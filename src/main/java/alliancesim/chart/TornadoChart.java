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

    private static final String WIDE_MARK = "†";

    /**
     * An index whose 95 % interval reaches from below zero to above twice the estimate cannot be told
     * from no effect, nor ranked against its neighbours.
     */
    static boolean tooWide(Bar b) {
        return b.halfWidth() > 0 && b.halfWidth() > Math.abs(b.value());
    }

    /** One bar: a factor, an index (e.g. ST or mu*) and the half-width of its interval (0 if none). */
    public record Bar(String factor, String index, double value, double halfWidth) {
    }

    public static JFreeChart create(String title, String subtitle, String valueLabel, List<Bar> bars) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<String> order = bars.stream().filter(b -> b.index().equals(bars.get(0).index()))
                .sorted(Comparator.comparingDouble((Bar b) -> -Math.abs(b.value()))).map(Bar::factor).toList();
        String ranking = bars.get(0).index();
        boolean anyWide = false;
        for (String factor : order) {
            // Bars are ranked by the first index (ST, mu*): a factor is marked when that index cannot be ranked.
            boolean wide = bars.stream().anyMatch(b -> b.factor().equals(factor) && b.index().equals(ranking) && tooWide(b));
            anyWide |= wide;
            for (Bar b : bars) {
                if (b.factor().equals(factor)) {
                    data.add(b.value(), b.halfWidth(), b.index(), wide ? factor + " " + WIDE_MARK : factor);
                }
            }
        }
        if (anyWide) {
            subtitle = (subtitle == null || subtitle.isBlank() ? "" : subtitle + "; ") + WIDE_MARK + " its "
                    + ranking.split(" ")[0] + " interval is wider than the index: too wide to rank (more samples needed)";
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
        // A factor in words, with its flags: wrapped on up to three lines, not cut off
        y.setMaximumCategoryLabelLines(3);
        y.setMaximumCategoryLabelWidthRatio(0.3f);
        NumberAxis x = new NumberAxis(valueLabel);
        double lo = bars.stream().mapToDouble(b -> b.value() - b.halfWidth()).min().orElse(0);
        double hi = bars.stream().mapToDouble(b -> b.value() + b.halfWidth()).max().orElse(1);
        ValueScale.of(lo, hi, true).applyTo(x);
        x.setLabelFont(ChartStyle.AXIS_LABEL);
        x.setTickLabelFont(ChartStyle.TICKS);
        CategoryPlot plot = new CategoryPlot(data, y, x, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(0, 0, 0, 16)); // room for the last tick label
        return chart;
    }
}

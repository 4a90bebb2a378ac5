package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

class TargetChartTest {
    /** Figures whose model bands reach from -1.4 to 3.7 times the figure: every bar on the axis, on round ticks. */
    @Test
    void everyFigureAndBandIsOnTheAxisWithAFewRoundTicks() {
        List<TargetChart.Row> rows = List.of(
                new TargetChart.Row("shells in 2024-02", 3e6, 2.1e6, 3.6e6, 2.4e6, 1.9e6, 3.0e6, false),
                new TargetChart.Row("growth 2025", 0.01, 0.002, 0.018, 0.011, -0.014, 0.037, true));
        JFreeChart chart = TargetChart.create("North Korean shells delivered to Russia against the public figures", "s",
                "baseline", rows);
        ValueAxis x = chart.getXYPlot().getRangeAxis();
        for (TargetChart.Row r : rows) {
            for (double v : new double[] {r.low(), r.high(), r.modelLow(), r.modelHigh()}) {
                double ratio = v / r.value();
                assertTrue(x.getLowerBound() <= ratio && ratio <= x.getUpperBound(), r.label() + ": " + ratio + " in "
                        + x.getRange());
            }
        }
        double ticks = (x.getUpperBound() - x.getLowerBound()) / ((NumberAxis) x).getTickUnit().getSize();
        assertTrue(ticks <= 12, "a few ticks, not a wall of them: " + ticks);
    }

    /** 48 figures, as many as the hindcast's chart holds: each has its own label on the axis, none skipped. */
    @Test
    void everyRowOfAFullChartIsNamed() {
        List<TargetChart.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 48; i++) {
            rows.add(new TargetChart.Row("figure_" + i, 10, 8, 12, 10, 9, 11, i % 2 == 0));
        }
        JFreeChart chart = TargetChart.create("t", "s", "baseline", rows);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(ChartFiles.WIDTH, ChartFiles.HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g, new java.awt.Rectangle(0, 0, ChartFiles.WIDTH, ChartFiles.HEIGHT), info);
        java.util.List<?> ticks = chart.getXYPlot().getDomainAxis().refreshTicks(g, new org.jfree.chart.axis.AxisState(),
                info.getPlotInfo().getDataArea(), org.jfree.chart.ui.RectangleEdge.LEFT);
        g.dispose();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Object t : ticks) {
            named.add(((org.jfree.chart.axis.ValueTick) t).getText());
        }
        for (TargetChart.Row r : rows) {
            assertTrue(named.contains(r.label()), r.label() + " has no label on the axis");
        }
    }
}

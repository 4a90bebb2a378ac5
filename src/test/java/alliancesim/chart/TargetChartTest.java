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
}

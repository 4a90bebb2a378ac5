package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class PriorPosteriorChartTest {
    /**
     * A stock between 5 and 15 million shells: its density per shell (about 1E-7) read "1.5E-7"; relative to
     * the uniform prior the prior is 1 and the posterior's bars are a few units, on plain ticks.
     */
    @Test
    void theDensityIsRelativeToThePriorAndReadsInPlainDigits() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = 9e6 + 20_000 * i; // 9 to 11 million: a fifth of the prior's range
        }
        double[] weights = new double[values.length];
        Arrays.fill(weights, 1);
        JFreeChart chart = PriorPosteriorChart.create("North Korea's initial shell stock", "s", "shells", 5e6, 15e6,
                values, weights);
        XYPlot plot = chart.getXYPlot();
        assertEquals(1, plot.getDataset(1).getYValue(0, 0), 1e-12, "the uniform prior reads 1");
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        assertTrue(y.getUpperBound() >= 5 && y.getUpperBound() <= 10, "a fifth of the range holds it all: about 5, "
                + y.getRange());
        String label = y.getTickUnit().valueToString(y.getTickUnit().getSize());
        assertTrue(label.matches("[0-9,.]+"), label);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        assertTrue(x.getStandardTickUnits().getCeilingTickUnit(2e6).valueToString(4e6).matches("[0-9,]+"),
                "the x axis picks plain-digit ticks");
    }
}

package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class TargetFanChartTest {
    /**
     * Prior and posterior bands (about 100-300 km² a month) with figures of 332 and 725 km², the latter's
     * error bar to 900: both bands keep their drawing, and every figure and error bar is on the axis.
     */
    @Test
    void bothBandsAndEveryObservationAreOnTheChart() {
        List<FanPoint> prior = new ArrayList<>();
        List<FanPoint> posterior = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            prior.add(new FanPoint(m, 200, 100, 300));
            posterior.add(new FanPoint(m, 180, 150, 210));
        }
        FanChartSpec spec = new FanChartSpec("Territory", "s", "km2/month", YearMonth.of(2023, 9),
                List.of(new FanSeries("prior", prior), new FanSeries("posterior", posterior)));
        List<TargetFanChart.Observation> figures = List.of(new TargetFanChart.Observation(6, 332, 300, 360, false),
                new TargetFanChart.Observation(18, 725, 550, 900, true));
        JFreeChart chart = TargetFanChart.create(spec, figures);
        XYPlot plot = chart.getXYPlot();
        assertEquals(3, plot.getDatasetCount(), "bands, their edges, the figures");
        assertEquals(4, plot.getDataset(1).getSeriesCount(), "each band's 5 % and 95 % edges: the posterior's kept");
        assertEquals(2, plot.getDataset(2).getSeriesCount(), "fitted and held-out figures");
        ValueAxis y = plot.getRangeAxis();
        for (TargetFanChart.Observation o : figures) {
            assertTrue(y.getLowerBound() <= o.low() && o.high() <= y.getUpperBound(),
                    o + " within " + y.getLowerBound() + ".." + y.getUpperBound());
        }
    }

    /** GDP's fans near 1.0-1.1 and figures at 0.95 and 1.18: all on the axis, which stays off zero. */
    @Test
    void anIndexsFiguresAreOnItsAxisAroundTheBase() {
        List<FanPoint> posterior = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            posterior.add(new FanPoint(m, 1 + 0.004 * m, 0.99 + 0.003 * m, 1.01 + 0.005 * m));
        }
        FanChartSpec spec = new FanChartSpec("GDP", "s", "index", YearMonth.of(2023, 9),
                List.of(new FanSeries("posterior", posterior))).withIndexBase(java.util.OptionalDouble.of(1));
        List<TargetFanChart.Observation> figures = List.of(new TargetFanChart.Observation(6, 0.95, 0.93, 0.97, false),
                new TargetFanChart.Observation(18, 1.18, 1.15, 1.21, true));
        ValueAxis y = TargetFanChart.create(spec, figures).getXYPlot().getRangeAxis();
        for (TargetFanChart.Observation o : figures) {
            assertTrue(y.getLowerBound() <= o.low() && o.high() <= y.getUpperBound(),
                    o + " within " + y.getLowerBound() + ".." + y.getUpperBound());
        }
        assertTrue(y.getLowerBound() > 0.5, "an index's axis is not stretched to 0: " + y.getRange());
    }
}

package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;

class FanChartTest {
    /** Two fans on 0..1: one band 0.4 wide, one 0.004 wide (a few pixels): only the wide one is outlined. */
    @Test
    void anOverlayOutlinesItsBandsButNotABandThatIsOnlyALine() {
        List<FanPoint> wide = new ArrayList<>();
        List<FanPoint> narrow = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            wide.add(new FanPoint(m, 0.5, 0.3, 0.7));
            narrow.add(new FanPoint(m, 0.8, 0.798, 0.802));
        }
        JFreeChart chart = FanChart.create(new FanChartSpec("t", "s", "y", YearMonth.of(2023, 9),
                List.of(new FanSeries("wide", wide), new FanSeries("narrow", narrow))));
        XYItemRenderer outline = chart.getXYPlot().getRenderer(1);
        assertTrue(outline.isSeriesVisible(0) && outline.isSeriesVisible(1), "the wide band's 5 % and 95 % edges");
        assertFalse(outline.isSeriesVisible(2) || outline.isSeriesVisible(3), "the narrow band is its line");
    }
}

package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeatmapChartTest {
    /** A cell carries its interval; "≈" when the interval holds the grid's mean (the colour is noise). */
    @Test
    void aCellWithinNoiseOfTheGridsMeanIsMarked() {
        assertEquals("≈ 0.181 ±0.101", HeatmapChart.cellText(0.181, 0.101, 0.15));
        assertEquals("0.233 ±0.067", HeatmapChart.cellText(0.233, 0.067, 0.15)); // 0.233 - 0.067 = 0.166 > 0.15
        assertEquals("0.233", HeatmapChart.cellText(0.233, Double.NaN, 0.15));
    }

    @Test
    void largeValuesFitACell() {
        assertEquals("10.8 M", HeatmapChart.compact(10_792_742));
        assertEquals("18.4 k", HeatmapChart.compact(18_437));
        assertEquals("-2.45 M", HeatmapChart.compact(-2_450_865));
        assertEquals("5,705", HeatmapChart.compact(5_705));
    }
}

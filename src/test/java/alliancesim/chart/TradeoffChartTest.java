package alliancesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeoffChartTest {
    /**
     * Peels crowd where a box is large: 40 points 0.01 apart in coverage, two factors restricted up to
     * point 29 and one after, the chosen box 35. With labels at least 0.035 apart, by hand: every 4th
     * point (0.04) from 0 to 28, the change at 30, then 34, the chosen 35, and 39 (0.04 after it).
     */
    @Test
    void labelsAreSpacedOutButKeepEveryChangeAndTheChosenBox() {
        int n = 40;
        double[] coverage = new double[n];
        double[] density = new double[n];
        int[] restricted = new int[n];
        for (int i = 0; i < n; i++) {
            coverage[i] = 0.09 + 0.01 * i;
            density[i] = 1.0;
            restricted[i] = i < 30 ? 2 : 1;
        }
        boolean[] shown = TradeoffChart.labelled(coverage, density, restricted, 35);
        List<Integer> labelled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                labelled.add(i);
            }
        }
        assertEquals(List.of(0, 4, 8, 12, 16, 20, 24, 28, 30, 34, 35, 39), labelled);
    }
}

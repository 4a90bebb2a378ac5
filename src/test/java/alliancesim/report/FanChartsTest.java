package alliancesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.chart.FanPoint;
import alliancesim.chart.FanSeries;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FanChartsTest {
    private static FanSeries starting(double first) {
        return new FanSeries("a", List.of(new FanPoint(0, first, first - 0.01, first + 0.01),
                new FanPoint(1, first + 0.05, first, first + 0.1)));
    }

    @Test
    void onlyAnIndexWhoseFansStartNearOneGetsTheBaseLine() {
        // GDP and capability: a month in, 1.000 and 1.0097.
        assertEquals(OptionalDouble.of(1), FanCharts.indexBase(true, List.of(starting(1.0), starting(1.0097))));
        // Tension (0.72) and a tie (0.70) are indices that do not start at 1: their axes keep zero.
        assertTrue(FanCharts.indexBase(true, List.of(starting(0.72))).isEmpty());
        assertTrue(FanCharts.indexBase(true, List.of(starting(1.0), starting(0.7))).isEmpty(), "every fan starts at 1");
        // A flow or a stock that happens to start at 1 is an amount: its axis starts at zero.
        assertTrue(FanCharts.indexBase(false, List.of(starting(1.0))).isEmpty());
        assertTrue(FanCharts.indexBase(true, List.of()).isEmpty());
    }
}

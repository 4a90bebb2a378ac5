package alliancesim.chart;

import java.time.YearMonth;
import java.util.List;

/** What a fan chart shows: title, subtitle, y-axis label with its unit, calendar start, fans. */
public record FanChartSpec(String title, String subtitle, String yLabel, YearMonth start, List<FanSeries> series) {
    public FanChartSpec {
        series = List.copyOf(series);
    }
}

package alliancesim.chart;

import java.time.YearMonth;
import java.util.List;

/**
 * What a fan chart shows: title, subtitle, y-axis label with its unit, calendar start, fans, the
 * scenario's events (a thin line and a label at their month) and whether the output is a count
 * or a rung (drawn as steps: it holds its value for the whole month).
 */
public record FanChartSpec(String title, String subtitle, String yLabel, YearMonth start, List<FanSeries> series,
                           List<EventMark> events, boolean steps) {
    public FanChartSpec {
        series = List.copyOf(series);
        events = List.copyOf(events);
    }

    public FanChartSpec(String title, String subtitle, String yLabel, YearMonth start, List<FanSeries> series) {
        this(title, subtitle, yLabel, start, series, List.of(), false);
    }

    /** An event of the scenario: the month it happens (0 = start) and a short label. */
    public record EventMark(int month, String label) {
    }
}

package alliancesim.chart;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a fan chart shows: title, subtitle, y-axis label with its unit, calendar start, fans, the
 * scenario's events (a thin line and a label at their month), whether the output is a count
 * or a rung (drawn as steps: it holds its value for the whole month) and the last month of the
 * public record, if the scenario names it (the months after it are shaded as a projection). An index
 * that starts at a base (GDP: month 0 = 1) names it: its axis is then scaled to its data and the
 * base line is marked; every other axis includes zero.
 */
public record FanChartSpec(String title, String subtitle, String yLabel, YearMonth start, List<FanSeries> series,
                           List<EventMark> events, boolean steps, Optional<YearMonth> recordEnds,
                           OptionalDouble indexBase) {
    public FanChartSpec {
        series = List.copyOf(series);
        events = List.copyOf(events);
        java.util.Objects.requireNonNull(recordEnds, "recordEnds: Optional.empty() when the scenario names none");
        java.util.Objects.requireNonNull(indexBase, "indexBase: OptionalDouble.empty() for an axis from zero");
    }

    public FanChartSpec(String title, String subtitle, String yLabel, YearMonth start, List<FanSeries> series,
                        List<EventMark> events, boolean steps, Optional<YearMonth> recordEnds) {
        this(title, subtitle, yLabel, start, series, events, steps, recordEnds, OptionalDouble.empty());
    }

    public FanChartSpec(String title, String subtitle, String yLabel, YearMonth start, List<FanSeries> series,
                        List<EventMark> events, boolean steps) {
        this(title, subtitle, yLabel, start, series, events, steps, Optional.empty());
    }

    public FanChartSpec(String title, String subtitle, String yLabel, YearMonth start, List<FanSeries> series) {
        this(title, subtitle, yLabel, start, series, List.of(), false);
    }

    /** The same chart with the record's last month (empty: no projection marked). */
    public FanChartSpec withRecordEnds(Optional<YearMonth> month) {
        return new FanChartSpec(title, subtitle, yLabel, start, series, events, steps, month, indexBase);
    }

    /** The same chart of an index that starts at {@code base}: scaled to its data, the base line marked. */
    public FanChartSpec withIndexBase(OptionalDouble base) {
        return new FanChartSpec(title, subtitle, yLabel, start, series, events, steps, recordEnds, base);
    }

    /** An event of the scenario: the month it happens (0 = start) and a short label. */
    public record EventMark(int month, String label) {
    }
}

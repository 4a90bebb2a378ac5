package alliancesim.report;

import alliancesim.chart.ChartFiles;
import alliancesim.chart.FanChart;
import alliancesim.chart.FanChartSpec;
import alliancesim.chart.FanPoint;
import alliancesim.chart.FanSeries;
import alliancesim.results.TimeseriesRow;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Draws a fan chart per output of a result folder, from its timeseries.csv, into charts/. */
public final class FanCharts {
    /** An index whose every fan starts this close to 1 starts at 1 (its first month is a month in). */
    static final double NEAR_BASE = 0.05;

    private FanCharts() {
    }

    /**
     * The base of an index that starts at 1 (GDP, posture, capability: month 0 = 1), for its axis to be
     * scaled to the data with the line at 1 marked; empty for every other output, whose axis includes zero.
     */
    static OptionalDouble indexBase(boolean index, List<FanSeries> fans) {
        boolean startsAtOne = !fans.isEmpty() && fans.stream().allMatch(f -> !f.points().isEmpty()
                && Math.abs(f.points().get(0).mean() - 1) <= NEAR_BASE);
        return index && startsAtOne ? OptionalDouble.of(1) : OptionalDouble.empty();
    }

    /** The base of an index whose month-0 rows (every folder's, every point's) all start near 1; see {@link #indexBase}. */
    static OptionalDouble startBase(boolean index, List<TimeseriesRow> rows, String output) {
        List<FanSeries> starts = rows.stream().filter(r -> r.output().equals(output) && r.month() == 0)
                .map(r -> new FanSeries("", List.of(new FanPoint(0, r.mean(), r.p05(), r.p95())))).toList();
        return indexBase(index, starts);
    }

    /** The spec with the index's base, when {@link #indexBase} finds one. */
    static FanChartSpec withBase(FanChartSpec spec, ResultFolder folder, String output, String unit) {
        return spec.withIndexBase(indexBase(folder.index(output, unit), spec.series()));
    }

    /** Returns the chart files written (base names, without extension). */
    public static List<String> draw(ResultFolder folder) {
        List<TimeseriesRow> rows = folder.timeseries();
        Map<String, List<TimeseriesRow>> byOutput = new TreeMap<>();
        for (TimeseriesRow r : rows) {
            if (r.point() == 0) {
                byOutput.computeIfAbsent(r.output(), k -> new ArrayList<>()).add(r);
            }
        }
        List<String> wanted = folder.outputs().isEmpty() ? new ArrayList<>(byOutput.keySet()) : folder.outputs();
        Path charts = folder.dir().resolve("charts");
        List<String> written = new ArrayList<>();
        for (String output : wanted) {
            List<TimeseriesRow> series = byOutput.get(output);
            if (series == null || series.isEmpty()) {
                continue;
            }
            YearMonth start = YearMonth.parse(series.get(0).date());
            List<FanPoint> points = series.stream()
                    .map(r -> new FanPoint(r.month(), r.mean(), r.p05(), r.p95())).toList();
            int n = series.get(series.size() - 1).n();
            String unit = series.get(0).unit();
            FanChartSpec spec = new FanChartSpec(folder.titles().title(output), folder.title() + " — " + n + " runs",
                    folder.titles().axis(output, unit), start, List.of(new FanSeries(folder.name(), points)), folder.events(),
                    folder.integer(output, unit)).withRecordEnds(folder.recordEnds());
            spec = withBase(spec, folder, output, unit);
            ChartFiles.save(FanChart.create(spec), charts, "fan-" + output);
            written.add("fan-" + output);
        }
        return written;
    }
}

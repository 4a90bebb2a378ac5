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
import java.util.TreeMap;

/** Draws a fan chart per output of a result folder, from its timeseries.csv, into charts/. */
public final class FanCharts {
    private FanCharts() {
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
            FanChartSpec spec = new FanChartSpec(Labels.title(output), folder.title() + " — " + n + " runs",
                    Labels.axis(output, unit), start, List.of(new FanSeries(folder.name(), points)), folder.events(),
                    folder.integer(output, unit)).withRecordEnds(folder.recordEnds());
            ChartFiles.save(FanChart.create(spec), charts, "fan-" + output);
            written.add("fan-" + output);
        }
        return written;
    }
}

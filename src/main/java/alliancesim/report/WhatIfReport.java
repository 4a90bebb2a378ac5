package alliancesim.report;

import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.files.AtomicFiles;

import alliancesim.chart.ChartFiles;
import alliancesim.chart.FanChart;
import alliancesim.chart.FanChartSpec;
import alliancesim.chart.FanPoint;
import alliancesim.chart.FanSeries;
import alliancesim.results.TimeseriesRow;
import alliancesim.stats.Intervals;
import alliancesim.stats.NumberText;
import alliancesim.stats.PairedDifference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The what-if folder's analysis, read from the saved before/ and after/ result folders:
 * overlay fan charts, the paired differences of final values (summary.csv, summary.png,
 * summary.html) and one plain sentence per output.
 */
public final class WhatIfReport {
    public static final double LEVEL = Intervals.LEVEL;

    private WhatIfReport() {
    }

    public static List<Change> write(Path folder, String changeLabel) {
        ResultFolder before = ResultFolder.open(folder.resolve("before"));
        ResultFolder after = ResultFolder.open(folder.resolve("after"));
        List<Change> changes = changes(before, after);
        String question = question(changeLabel, before);
        List<String> charts = overlays(before, after, question, folder.resolve("charts"));
        writeCsv(folder.resolve("summary.csv"), changes);
        SummaryImage.write(folder.resolve("summary.png"), question, before.title(), before.titles(), changes);
        writeHtml(folder, before, changeLabel, question, changes, charts);
        writeManifest(folder, changeLabel);
        RunReport.write(before);
        RunReport.write(after);
        return changes;
    }

    static List<Change> changes(ResultFolder before, ResultFolder after) {
        RunsTable b = RunsTable.read(before.dir().resolve("runs.csv"));
        RunsTable a = RunsTable.read(after.dir().resolve("runs.csv"));
        List<String> runs = b.commonRuns(a);
        List<TimeseriesRow> rows = before.timeseries();
        int last = rows.stream().mapToInt(TimeseriesRow::month).max().orElse(0);
        List<Change> changes = new ArrayList<>();
        String first = rows.stream().filter(r -> r.month() == 0).map(TimeseriesRow::date).findFirst().orElse("");
        for (String output : before.outputs()) {
            TimeseriesRow row = rows.stream().filter(r -> r.month() == last && r.output().equals(output)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("no " + output + " in " + before.dir()));
            boolean total = before.flow(output, row.unit()) && b.has(output + "_total") && a.has(output + "_total");
            String column = total ? output + "_total" : output;
            PairedDifference d = PairedDifference.of(b.values(runs, column), a.values(runs, column), LEVEL);
            changes.add(new Change(output, total ? ResultFolder.totalUnit(row.unit()) : row.unit(), row.date(), last, d,
                    before.eitherSign(output, row.unit()), total ? first : null));
        }
        return changes;
    }

    /**
     * The change as a question in words, each lever with its value as it is: "What if secondary
     * sanctions were 0.7 (as it is, 0.3) and China's facilitation of sanctions evasion 0.1 (as it is,
     * 0.5)?". A value drawn from the posterior, or one the folder does not record, is not given.
     */
    static String question(String changeLabel, ResultFolder before) {
        List<String> parts = new ArrayList<>();
        for (String set : changeLabel.split(",\\s*")) {
            int eq = set.indexOf('=');
            if (eq < 0) {
                parts.add(set);
                continue;
            }
            String name = set.substring(0, eq).trim();
            String value = set.substring(eq + 1).trim();
            java.util.Map<String, Double> params = before.manifest().parameters();
            java.util.Map<String, String> provenance = before.manifest().provenance();
            Double was = params == null ? null : params.get(name);
            boolean drawn = provenance != null && String.valueOf(provenance.get(name)).startsWith("calibrated");
            String asItIs = was == null || drawn ? "" : " (as it is, " + NumberText.setting(was) + ")";
            parts.add(Labels.parameter(name) + (parts.isEmpty() ? " were " : " ") + value + asItIs);
        }
        String joined = parts.size() < 2 ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "What if " + joined + "?";
    }

    private static List<String> overlays(ResultFolder before, ResultFolder after, String question, Path dir) {
        List<String> written = new ArrayList<>();
        List<TimeseriesRow> b = before.timeseries();
        List<TimeseriesRow> a = after.timeseries();
        for (String output : before.outputs()) {
            List<TimeseriesRow> rb = b.stream().filter(r -> r.output().equals(output)).toList();
            List<TimeseriesRow> ra = a.stream().filter(r -> r.output().equals(output)).toList();
            if (rb.isEmpty() || ra.isEmpty()) {
                continue;
            }
            String unit = rb.get(0).unit();
            FanChartSpec spec = new FanChartSpec(before.titles().title(output), question + " — " + before.title(),
                    before.titles().axis(output, unit), YearMonth.parse(rb.get(0).date()),
                    List.of(new FanSeries("as it is", points(rb)), new FanSeries("with the change", points(ra))),
                    before.events(), before.integer(output, unit)).withRecordEnds(before.recordEnds());
            spec = FanCharts.withBase(spec, before, output, unit);
            ChartFiles.save(FanChart.create(spec), dir, "overlay-" + output);
            written.add("overlay-" + output);
        }
        return written;
    }

    static List<FanPoint> points(List<TimeseriesRow> rows) {
        return rows.stream().map(r -> new FanPoint(r.month(), r.mean(), r.p05(), r.p95())).toList();
    }

    private static void writeCsv(Path file, List<Change> changes) {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
            csv.printRecord("output", "unit", "date", "month", "n", "before_mean", "after_mean", "difference",
                    "ci90_low", "ci90_high", "within_noise", "statistic");
            for (Change c : changes) {
                PairedDifference d = c.difference();
                csv.printRecord(c.output(), c.unit(), c.date(), c.month(), d.n(), NumberText.csv(d.meanBefore()),
                        NumberText.csv(d.meanAfter()), NumberText.csv(d.meanDifference()), NumberText.csv(d.low()),
                        NumberText.csv(d.high()), !c.clear(), c.total() ? "total" : "final");
            }
            csv.flush();
        });
    }

    private static void writeHtml(Path folder, ResultFolder before, String changeLabel, String question,
                                  List<Change> changes, List<String> charts) {
        String title = before.title();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>What if ")
                .append(Html.escape(changeLabel)).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:1240px;margin:24px auto;color:#222}")
                .append("table{border-collapse:collapse}td,th{padding:6px 12px;border-bottom:1px solid #ddd;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}.up{color:#0072B2}.down{color:#D55E00}")
                .append("img{max-width:100%;border:1px solid #eee;margin:8px 0}</style></head><body>")
                .append("<h1>").append(Html.escape(question)).append("</h1><p>The change: <code>")
                .append(Html.escape(changeLabel)).append("</code>. ").append(Html.escape(title))
                .append(". Both arms ran on the same seeds (common random numbers); intervals are 90 % confidence"
                        + " intervals of the mean paired difference.")
                .append(RunReport.posteriorNote(before.scenario()).map(n -> " " + Html.escape(n)).orElse(""))
                .append("</p><table><tr><th>output</th><th>as it is</th>"
                        + "<th>with the change</th><th>difference</th><th>90 % CI</th><th>unit</th></tr>");
        for (Change c : changes) {
            PairedDifference d = c.difference();
            String cls = !c.clear() ? "" : d.meanDifference() > 0 ? " class='up'" : " class='down'";
            h.append("<tr><td>").append(Html.escape(before.titles().title(c.output()))).append("</td><td>").append(Change.num(d.meanBefore()))
                    .append("</td><td>").append(Change.num(d.meanAfter())).append("</td><td").append(cls).append(">")
                    .append(Change.num(d.meanDifference())).append(c.clear() ? "" : " " + Intervals.WITHIN_NOISE)
                    .append("</td><td>").append(Change.num(d.low())).append(" to ")
                    .append(Change.num(d.high())).append("</td><td>").append(Html.escape(c.unit())).append("</td></tr>");
        }
        h.append("</table>");
        for (String chart : charts) {
            h.append("<div><img alt='").append(chart).append("' src='data:image/png;base64,")
                    .append(base64(folder.resolve("charts").resolve(chart + ".png"))).append("'></div>");
        }
        h.append("<h2>The scenario as it is</h2><p>").append(Html.escape(String.valueOf(
                String.valueOf(before.scenario().description())))).append("</p>");
        h.append(RunReport.provenanceSections(before));
        h.append("</body></html>\n");
        AtomicFiles.writeString(folder.resolve("summary.html"), h.toString());
        AtomicFiles.writeString(folder.resolve("report.html"), h.toString());
    }

    /** What the what-if folder is, so `report` and `chart` can rebuild it. */
    private static void writeManifest(Path folder, String changeLabel) {
        ManifestFile.write(folder, ResultManifest.whatIf(changeLabel, "before", "after"));
    }

    static String base64(Path png) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pct(double v) {
        long percent = Math.round(100 * v);
        return (percent == 0 ? 0 : percent) + " %"; // never "-0 %"
    }
}

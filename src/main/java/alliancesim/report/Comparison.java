package alliancesim.report;

import alliancesim.files.AtomicFiles;

import alliancesim.chart.BoxPlotChart;
import alliancesim.chart.ChartFiles;
import alliancesim.chart.FanChart;
import alliancesim.chart.FanChartSpec;
import alliancesim.chart.FanSeries;
import alliancesim.stats.NumberText;
import alliancesim.stats.TwoSampleComparison;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * `compare`: result folders side by side. Overlay fan charts and box plots per output, and for
 * each output and pair of folders the difference of mean final values with a Welch 95 % interval,
 * Welch and Mann-Whitney p-values, Cohen's d and Cliff's delta. Folders that differ in model
 * version or outputs are compared where they can be, with warnings saying what differs.
 */
public final class Comparison {
    private final List<ResultFolder> folders;
    private final List<String> labels;
    private final List<String> warnings = new ArrayList<>();
    /** The record's last month, if every folder records the same one; else none (and a warning). */
    private final Optional<YearMonth> recordEnds;

    public Comparison(List<ResultFolder> folders) {
        if (folders.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two result folders");
        }
        this.folders = List.copyOf(folders);
        this.labels = labels(folders);
        checkCompatible();
        this.recordEnds = sharedRecordEnd();
    }

    /**
     * The record's end the overlays shade after: the one every folder records. Folders that disagree
     * (or some name none) get no shading, and a warning says why.
     */
    private Optional<YearMonth> sharedRecordEnd() {
        List<Optional<YearMonth>> ends = folders.stream().map(ResultFolder::recordEnds).toList();
        if (ends.stream().distinct().count() == 1) {
            return ends.get(0);
        }
        List<String> each = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            each.add(labels.get(i) + " " + ends.get(i).map(YearMonth::toString).orElse("none"));
        }
        warnings.add("the record ends differ (" + String.join(", ", each) + "): the overlays mark no projection");
        return Optional.empty();
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Folder labels: the scenario name, made unique with the folder name where names repeat. */
    private static List<String> labels(List<ResultFolder> folders) {
        List<String> out = new ArrayList<>();
        for (ResultFolder f : folders) {
            String label = f.name();
            if (out.contains(label) || folders.stream().filter(o -> o.name().equals(f.name())).count() > 1) {
                label = f.name() + " (" + f.dir().getFileName() + ")";
            }
            out.add(label);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void checkCompatible() {
        ResultFolder first = folders.get(0);
        for (ResultFolder f : folders.subList(1, folders.size())) {
            for (String key : List.of("git_commit", "tool")) {
                if (!Objects.equals(first.manifest().get(key), f.manifest().get(key))) {
                    warnings.add("model version differs: " + labels.get(0) + " has " + key + " " + first.manifest().get(key)
                            + ", " + label(f) + " has " + f.manifest().get(key));
                }
            }
            if (!first.outputs().equals(f.outputs())) {
                warnings.add("outputs differ: " + label(f) + " has " + f.outputs() + "; only shared outputs are compared");
            }
            if (!Objects.equals(first.scenario().get("months"), f.scenario().get("months"))) {
                warnings.add("horizons differ: " + first.scenario().get("months") + " vs " + f.scenario().get("months")
                        + " months; final values are compared at each folder's last month");
            }
        }
    }

    private String label(ResultFolder f) {
        return labels.get(folders.indexOf(f));
    }

    /** Outputs every folder has, in the first folder's order, restricted to the ones asked for. */
    public List<String> sharedOutputs(List<String> wanted) {
        Set<String> shared = new LinkedHashSet<>(folders.get(0).outputs());
        folders.forEach(f -> shared.retainAll(f.outputs()));
        if (!wanted.isEmpty()) {
            for (String w : wanted) {
                if (!shared.contains(w)) {
                    throw new IllegalArgumentException("--outputs: '" + w + "' is not in every folder; shared outputs: " + shared);
                }
            }
            return List.copyOf(wanted);
        }
        return List.copyOf(shared);
    }

    /** Writes charts, compare.csv, manifest.json and report.html into out; returns the rows of compare.csv. */
    public List<Row> write(Path out, List<String> wanted, String command) {
        List<String> outputs = sharedOutputs(wanted);
        List<RunsTable> runs = folders.stream().map(f -> RunsTable.read(f.dir().resolve("runs.csv"))).toList();
        List<List<TimeseriesRow>> series = folders.stream().map(ResultFolder::timeseries).toList();
        List<Row> rows = new ArrayList<>();
        Path charts = out.resolve("charts");
        for (String output : outputs) {
            List<double[]> finals = new ArrayList<>();
            for (RunsTable t : runs) {
                finals.add(t.values(t.commonRuns(t), output));
            }
            String unit = unit(series.get(0), output);
            drawOverlay(output, unit, series, charts);
            List<BoxPlotChart.Group> groups = new ArrayList<>();
            for (int i = 0; i < folders.size(); i++) {
                groups.add(new BoxPlotChart.Group(labels.get(i), finals.get(i)));
            }
            ChartFiles.save(BoxPlotChart.create(Labels.title(output) + ": final values", String.join(" vs ", labels),
                    "result folder", Labels.axis(output, unit), groups), charts, "box-" + output);
            for (int i = 0; i < folders.size(); i++) {
                for (int j = i + 1; j < folders.size(); j++) {
                    rows.add(new Row(output, unit, labels.get(i), labels.get(j),
                            TwoSampleComparison.of(finals.get(i), finals.get(j))));
                }
            }
        }
        writeCsv(out.resolve("compare.csv"), rows);
        writeManifest(out.resolve("manifest.json"), command, outputs);
        CompareReport.write(out, folders, labels, warnings, rows);
        return rows;
    }

    private void drawOverlay(String output, String unit, List<List<TimeseriesRow>> series, Path charts) {
        List<FanSeries> fans = new ArrayList<>();
        YearMonth start = null;
        for (int i = 0; i < folders.size(); i++) {
            List<TimeseriesRow> rows = series.get(i).stream().filter(r -> r.output().equals(output) && r.point() == 0).toList();
            if (!rows.isEmpty()) {
                start = start == null ? YearMonth.parse(rows.get(0).date()) : start;
                fans.add(new FanSeries(labels.get(i), WhatIfReport.points(shift(rows, start))));
            }
        }
        FanChartSpec spec = new FanChartSpec(Labels.title(output), String.join(" vs ", labels), Labels.axis(output, unit),
                start, fans, sharedEvents(start), folders.get(0).integer(output, unit)).withRecordEnds(recordEnds);
        ChartFiles.save(FanChart.create(spec), charts, "overlay-" + output);
    }

    /**
     * The events of every folder, on the first folder's calendar, each once: an event only one
     * folder has is labelled with that folder's name, so a class sees which line it moves.
     */
    private List<FanChartSpec.EventMark> sharedEvents(YearMonth start) {
        List<FanChartSpec.EventMark> marks = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            ResultFolder f = folders.get(i);
            YearMonth own = YearMonth.parse(String.valueOf(f.scenario().getOrDefault("start", start.toString())));
            int offset = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, own);
            for (FanChartSpec.EventMark e : f.events()) {
                FanChartSpec.EventMark shifted = new FanChartSpec.EventMark(e.month() + offset, e.label());
                boolean inAll = folders.stream().allMatch(o -> o.events().stream().anyMatch(x -> x.label().equals(e.label())));
                FanChartSpec.EventMark mark = inAll ? shifted
                        : new FanChartSpec.EventMark(shifted.month(), e.label() + " (" + labels.get(i) + ")");
                if (!marks.contains(mark)) {
                    marks.add(mark);
                }
            }
        }
        return marks;
    }

    /** Re-index months so folders with different start months line up on the calendar. */
    private static List<TimeseriesRow> shift(List<TimeseriesRow> rows, YearMonth start) {
        YearMonth own = YearMonth.parse(rows.get(0).date());
        int offset = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, own);
        return rows.stream().map(r -> new TimeseriesRow(r.point(), r.month() + offset, r.date(), r.output(), r.unit(),
                r.n(), r.mean(), r.sd(), r.p05(), r.p50(), r.p95())).toList();
    }

    private static String unit(List<TimeseriesRow> rows, String output) {
        return rows.stream().filter(r -> r.output().equals(output)).map(TimeseriesRow::unit).findFirst().orElse("");
    }

    /** One line of compare.csv. */
    public record Row(String output, String unit, String a, String b, TwoSampleComparison stats) {
    }

    private static void writeCsv(Path file, List<Row> rows) {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
            {
                csv.printRecord("output", "unit", "folder_a", "folder_b", "n_a", "n_b", "mean_a", "mean_b", "difference",
                        "ci95_low", "ci95_high", "welch_p", "mann_whitney_p", "cohens_d", "cliffs_delta");
                for (Row r : rows) {
                    TwoSampleComparison s = r.stats();
                    csv.printRecord(r.output(), r.unit(), r.a(), r.b(), s.nA(), s.nB(), fmt(s.meanA()), fmt(s.meanB()),
                            fmt(s.difference()), fmt(s.ciLow()), fmt(s.ciHigh()), fmt(s.welchP()), fmt(s.mannWhitneyP()),
                            fmt(s.cohensD()), fmt(s.cliffsDelta()));
                }
            }
            csv.flush();
        });
    }

    static String fmt(double v) {
        return NumberText.csv(v);
    }

    private void writeManifest(Path file, String command, List<String> outputs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "compare");
        m.put("command", command);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("label", labels.get(i));
            f.put("folder", folders.get(i).dir().toString());
            f.put("title", folders.get(i).title());
            list.add(f);
        }
        m.put("folders", list);
        m.put("outputs", outputs);
        m.put("warnings", warnings);
        AtomicFiles.writeBytes(file, out -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, m));
    }
}

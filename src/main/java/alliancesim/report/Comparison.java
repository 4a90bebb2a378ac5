package alliancesim.report;

import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import alliancesim.results.ScenarioRecord;
import alliancesim.files.AtomicFiles;

import alliancesim.chart.BoxPlotChart;
import alliancesim.chart.ChartFiles;
import alliancesim.chart.FanChart;
import alliancesim.chart.FanChartSpec;
import alliancesim.chart.FanSeries;
import alliancesim.results.TimeseriesRow;
import alliancesim.stats.Intervals;
import alliancesim.stats.NumberText;
import alliancesim.stats.PairedComparison;
import alliancesim.stats.TwoSampleComparison;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * `compare`: result folders side by side. Overlay fan charts and box plots per output, and for
 * each output and pair of folders the difference b - a of mean final values with its 90 % interval.
 * Folders whose runs share seeds (the same seed for each (point, replicate), the same posterior)
 * are paired run for run, as whatif pairs them: paired differences, the paired t and Wilcoxon
 * signed-rank tests; only independent runs are compared as independent samples (Welch, Mann-Whitney,
 * Cohen's d and Cliff's delta). Folders that differ in model version or outputs are compared where
 * they can be, with warnings saying what differs.
 */
public final class Comparison {
    private final List<ResultFolder> folders;
    private final List<String> labels;
    private final List<String> warnings = new ArrayList<>();
    /** The record's last month, if every folder records the same one; else none (and a warning). */
    private final Optional<YearMonth> recordEnds;

    public Comparison(List<ResultFolder> folders) {
        if (folders.size() < 2) {
            // compare checks its arguments first; a comparison's manifest edited down to one folder gets here (report DIR)
            throw new InvalidInputException("compare needs at least two result folders");
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
                Object mine = ManifestFile.asMap(first.manifest()).get(key);
                Object theirs = ManifestFile.asMap(f.manifest()).get(key);
                if (!Objects.equals(mine, theirs)) {
                    warnings.add("model version differs: " + labels.get(0) + " has " + key + " " + mine + ", " + label(f)
                            + " has " + theirs);
                }
            }
            if (!first.outputs().equals(f.outputs())) {
                warnings.add("outputs differ: " + label(f) + " has " + f.outputs() + "; only shared outputs are compared");
            }
            if (first.scenario().months() != f.scenario().months()) {
                warnings.add("horizons differ: " + first.scenario().months() + " vs " + f.scenario().months()
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
                    throw new InvalidInputException("--outputs: '" + w + "' is not in every folder; shared outputs: " + shared);
                }
            }
            return List.copyOf(wanted);
        }
        return List.copyOf(shared);
    }

    /** Writes charts, compare.csv, manifest.json and report.html into out; returns the rows of compare.csv. */
    public List<Row> write(Path out, List<String> wanted, String command) {
        return write(out, wanted, command, next -> { });
    }

    /**
     * As {@link #write(Path, List, String)}, calling {@code commit} with the name of what comes next before each
     * output's charts ("charts of OUTPUT"), compare.csv, manifest.json and report.html: a check that throws (a lost
     * lock) stops the writing there, nothing after it written.
     */
    public List<Row> write(Path out, List<String> wanted, String command, java.util.function.Consumer<String> commit) {
        List<String> outputs = sharedOutputs(wanted);
        List<RunsTable> runs = folders.stream().map(f -> RunsTable.read(f.dir().resolve("runs.csv"))).toList();
        List<List<TimeseriesRow>> series = folders.stream().map(ResultFolder::timeseries).toList();
        List<Row> rows = new ArrayList<>();
        Path charts = out.resolve("charts");
        List<List<List<String>>> pairs = pairings(runs);
        for (String output : outputs) {
            String seriesUnit = unit(series.get(0), output);
            boolean total = folders.stream().allMatch(f -> f.flow(output, seriesUnit))
                    && runs.stream().allMatch(t -> t.has(output + "_total"));
            String column = total ? output + "_total" : output;
            List<double[]> finals = new ArrayList<>();
            for (RunsTable t : runs) {
                finals.add(t.values(t.runs(), column));
            }
            String unit = total ? ResultFolder.totalUnit(seriesUnit) : seriesUnit;
            commit.accept("charts of " + output);
            drawOverlay(output, seriesUnit, series, charts);
            List<BoxPlotChart.Group> groups = new ArrayList<>();
            for (int i = 0; i < folders.size(); i++) {
                groups.add(new BoxPlotChart.Group(labels.get(i), finals.get(i)));
            }
            ChartFiles.save(BoxPlotChart.create(folders.get(0).titles().title(output) + (total ? ": totals over the run" : ": final values"), String.join(" vs ", labels),
                    "result folder", folders.get(0).titles().axis(output, unit), groups, total ? java.util.OptionalDouble.empty()
                    : FanCharts.startBase(folders.get(0).index(output, seriesUnit),
                            series.stream().flatMap(List::stream).toList(), output)), charts, "box-" + output);
            String when = when(series.get(0), output, total);
            for (int i = 0; i < folders.size(); i++) {
                for (int j = i + 1; j < folders.size(); j++) {
                    List<String> shared = pairs.get(i).get(j);
                    rows.add(shared.isEmpty()
                            ? Row.unpaired(output, unit, when, labels.get(i), labels.get(j),
                                    TwoSampleComparison.of(finals.get(i), finals.get(j)))
                            : Row.paired(output, unit, when, labels.get(i), labels.get(j), PairedComparison.of(
                                    runs.get(i).values(shared, column), runs.get(j).values(shared, column))));
                }
            }
        }
        commit.accept("compare.csv");
        writeCsv(out.resolve("compare.csv"), rows);
        commit.accept("manifest.json");
        writeManifest(out, command, outputs);
        commit.accept("report.html");
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
        FanChartSpec spec = new FanChartSpec(folders.get(0).titles().title(output), String.join(" vs ", labels),
                folders.get(0).titles().axis(output, unit),
                start, fans, sharedEvents(start), folders.get(0).integer(output, unit)).withRecordEnds(recordEnds);
        spec = FanCharts.withBase(spec, folders.get(0), output, unit);
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
            YearMonth own = f.scenario().start() == null ? start : YearMonth.parse(f.scenario().start());
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

    /**
     * For each pair of folders (i < j), the runs they share seeds on: every (point, replicate) both
     * ran has the same seed in both, and they drew from the same posterior (or neither did). Empty
     * when the runs are independent, and then they are compared as independent samples.
     */
    private List<List<List<String>>> pairings(List<RunsTable> runs) {
        List<List<List<String>>> pairs = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            List<List<String>> row = new ArrayList<>();
            for (int j = 0; j < folders.size(); j++) {
                List<String> shared = j <= i || !samePosterior(folders.get(i), folders.get(j)) ? List.of()
                        : runs.get(i).sharedSeedRuns(runs.get(j));
                row.add(shared.size() >= 2 ? shared : List.of());
            }
            pairs.add(row);
        }
        return pairs;
    }

    /** The posterior each folder's runs drew from, by content hash where both manifests record one, else by file. */
    static boolean samePosterior(ResultFolder a, ResultFolder b) {
        ScenarioRecord.PosteriorRef pa = a.scenario().posterior();
        ScenarioRecord.PosteriorRef pb = b.scenario().posterior();
        if (pa != null && pb != null) {
            return pa.sha256() != null && pb.sha256() != null ? pa.sha256().equals(pb.sha256())
                    : Objects.equals(pa.file(), pb.file());
        }
        return pa == null && pb == null;
    }

    /** "in 2027-12 (month 51)", the last month of an output in a folder's timeseries, or "total 2023-09..2027-12". */
    private static String when(List<TimeseriesRow> rows, String output, boolean total) {
        List<TimeseriesRow> own = rows.stream().filter(r -> r.output().equals(output) && r.point() == 0).toList();
        if (own.isEmpty()) {
            return "at the end";
        }
        TimeseriesRow last = own.get(own.size() - 1);
        return total ? "total " + own.get(0).date() + ".." + last.date() : "in " + last.date() + " (month " + last.month() + ")";
    }

    private static String unit(List<TimeseriesRow> rows, String output) {
        return rows.stream().filter(r -> r.output().equals(output)).map(TimeseriesRow::unit).findFirst().orElse("");
    }

    /**
     * One line of compare.csv: b - a, paired run for run when the folders share seeds (then
     * {@code paired} is set), else as independent samples ({@code unpaired}).
     */
    public record Row(String output, String unit, String when, String a, String b, String pairing,
                      TwoSampleComparison unpaired, PairedComparison paired) {
        static Row paired(String output, String unit, String when, String a, String b, PairedComparison p) {
            return new Row(output, unit, when, a, b, "paired on " + p.n() + " shared seeds", null, p);
        }

        static Row unpaired(String output, String unit, String when, String a, String b, TwoSampleComparison s) {
            return new Row(output, unit, when, a, b, "unpaired: the runs are independent", s, null);
        }

        public boolean isPaired() {
            return paired != null;
        }

        public int nA() {
            return isPaired() ? paired.n() : unpaired.nA();
        }

        public int nB() {
            return isPaired() ? paired.n() : unpaired.nB();
        }

        public double meanA() {
            return isPaired() ? paired.difference().meanBefore() : unpaired.meanA();
        }

        public double meanB() {
            return isPaired() ? paired.difference().meanAfter() : unpaired.meanB();
        }

        public double difference() {
            return isPaired() ? paired.difference().meanDifference() : unpaired.difference();
        }

        public double low() {
            return isPaired() ? paired.difference().low() : unpaired.ciLow();
        }

        public double high() {
            return isPaired() ? paired.difference().high() : unpaired.ciHigh();
        }

        /** Paired t or Welch t p-value. */
        public double tP() {
            return isPaired() ? paired.pairedTP() : unpaired.welchP();
        }

        /** Wilcoxon signed-rank or Mann-Whitney U p-value. */
        public double rankP() {
            return isPaired() ? paired.wilcoxonP() : unpaired.mannWhitneyP();
        }

        public String tTest() {
            return isPaired() ? "paired t" : "Welch t";
        }

        public String rankTest() {
            return isPaired() ? "Wilcoxon signed-rank" : "Mann-Whitney U";
        }

        /** Cohen's d: none for a paired comparison, nor where the pooled sd is about 0. */
        public double cohensD() {
            return isPaired() ? Double.NaN : unpaired.cohensD();
        }

        public double cliffsDelta() {
            return isPaired() ? Double.NaN : unpaired.cliffsDelta();
        }

        public boolean clear() {
            return Intervals.clear(low(), high());
        }

        /** whatif's sentence for this difference, [within noise] included. */
        public String sentence() {
            return Change.sentence(output, when, meanA(), meanB(), difference(), low(), high(), unit);
        }
    }

    private static void writeCsv(Path file, List<Row> rows) {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
            csv.printRecord("output", "unit", "folder_a", "folder_b", "pairing", "n_a", "n_b", "mean_a", "mean_b",
                    "difference", "ci90_low", "ci90_high", "within_noise", "t_test", "t_p", "rank_test", "rank_p",
                    "cohens_d", "cliffs_delta", "statistic");
            for (Row r : rows) {
                csv.printRecord(r.output(), r.unit(), r.a(), r.b(), r.pairing(), r.nA(), r.nB(), fmt(r.meanA()),
                        fmt(r.meanB()), fmt(r.difference()), fmt(r.low()), fmt(r.high()), !r.clear(), r.tTest(),
                        fmt(r.tP()), r.rankTest(), fmt(r.rankP()), fmt(r.cohensD()), fmt(r.cliffsDelta()),
                        r.when().startsWith("total") ? "total" : "final");
            }
            csv.flush();
        });
    }

    static String fmt(double v) {
        return NumberText.csv(v);
    }

    private void writeManifest(Path folder, String command, List<String> outputs) {
        List<ResultManifest.ComparedFolder> list = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            list.add(new ResultManifest.ComparedFolder(labels.get(i), folders.get(i).dir().toString(),
                    folders.get(i).title()));
        }
        ManifestFile.write(folder, ResultManifest.compare(command, list, outputs, warnings));
    }
}

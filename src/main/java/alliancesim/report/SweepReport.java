package alliancesim.report;

import alliancesim.analysis.IndexEstimate;
import alliancesim.analysis.NoiseShare;
import alliancesim.analysis.PointStats;
import alliancesim.analysis.SensitivityDiagnostics;
import alliancesim.chart.BoxPlotChart;
import alliancesim.chart.ChartFiles;
import alliancesim.chart.FanChart;
import alliancesim.chart.FanChartSpec;
import alliancesim.chart.FanSeries;
import alliancesim.chart.HeatmapChart;
import alliancesim.chart.TornadoChart;
import alliancesim.stats.Intervals;
import alliancesim.stats.NumberText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;

/**
 * The analysis of a finished sweep, from its saved files: sensitivity.csv (Sobol S1/ST with
 * bootstrap intervals, or Morris mu*, mu, sigma, each with its flags and the replicate noise
 * share) and convergence.csv with their charts (see {@link SensitivityNotes}), heatmaps over a two-factor grid, tornado
 * charts, box plots of final values per point, fan charts of the first and last points, report.html.
 */
public final class SweepReport {
    private static final int BOOTSTRAP = 500;
    /** Box plots are drawn for sweeps of up to this many points; more would not be readable. */
    private static final int MAX_BOXES = 40;
    /** The report's design table lists at most this many points. */
    private static final int MAX_DESIGN_ROWS = 200;
    /** Longer axis titles do not fit beside an 800-pixel-high heatmap. */
    private static final int AXIS_TITLE = 75;

    private SweepReport() {
    }

    /**
     * What a kill in the chart phase left undone in a finished sweep's folder, one phrase each; empty if its
     * report is whole. report.html is written last, so without it the charts may be partial too; with it, every
     * chart it shows must still have its PNG and SVG, and no temporary file of the atomic writer may be left.
     */
    public static List<String> unfinished(Path dir) {
        List<String> out = new ArrayList<>();
        leftovers(dir).forEach(p -> out.add(dir.relativize(p) + " left half-written"));
        Path report = dir.resolve("report.html");
        if (!Files.isRegularFile(report, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            out.add("report.html missing");
            return out;
        }
        String html;
        try {
            html = Files.readString(report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.add("report.html unreadable");
            return out;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<img alt='([^'/]+)\\.png'").matcher(html);
        while (m.find()) {
            for (String ext : List.of(".png", ".svg")) {
                String chart = "charts/" + m.group(1) + ext;
                if (!Files.isRegularFile(dir.resolve(chart), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    out.add(chart + " missing");
                }
            }
        }
        return out;
    }

    /** The atomic writer's temporaries (a final name plus .tmp) in the folder and its charts, as a kill leaves them. */
    private static List<Path> leftovers(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path d : List.of(dir, dir.resolve("charts"))) {
            if (!Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (java.util.stream.Stream<Path> files = Files.list(d)) {
                files.filter(p -> p.getFileName().toString().matches(".+\\.(png|svg|html|csv)\\.tmp")
                        && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Writes the analysis, charts and report.html, first removing temporaries a killed writer left. */
    @SuppressWarnings("unchecked")
    public static void write(Path dir) {
        try {
            for (Path p : leftovers(dir)) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResultFolder folder = ResultFolder.open(dir);
        Map<String, Object> sweep = (Map<String, Object>) folder.manifest().get("sweep");
        String design = String.valueOf(sweep.get("design"));
        List<Map<String, Object>> factorSpecs = (List<Map<String, Object>>) sweep.get("factors");
        List<String> factors = factorSpecs.stream().map(f -> String.valueOf(f.get("name"))).toList();
        int points = ((Number) sweep.get("points")).intValue();
        Map<String, String> valueColumn = valueColumns(folder, dir.resolve("runs.csv"));
        List<String> columns = new ArrayList<>(folder.outputs());
        valueColumn.values().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        PointTable table = PointTable.read(dir.resolve("runs.csv"), factors, columns, points, points <= MAX_BOXES);
        Path charts = dir.resolve("charts");
        long seed = ((Number) folder.scenario().get("seed")).longValue();
        SensitivityNotes notes = null;
        // Fans are drawn for the points where each output ends lowest and highest; only their rows are read.
        Map<String, int[]> extremes = new TreeMap<>();
        java.util.Set<Integer> drawn = new java.util.TreeSet<>(List.of(0));
        for (String output : folder.outputs()) {
            int[] lowHigh = table.extremes(valueColumn.get(output));
            extremes.put(output, lowHigh);
            drawn.add(lowHigh[0]);
            drawn.add(lowHigh[1]);
        }
        List<TimeseriesRow> rows = folder.timeseries(drawn::contains);
        switch (design) {
            case "sobol" -> notes = sobol(dir, folder, factors, table, charts, seed);
            case "morris" -> notes = morris(dir, folder, factorSpecs, table, charts, seed);
            case "grid" -> {
                if (factors.size() == 2) {
                    heatmaps(folder, factorSpecs, table, charts, rows, valueColumn);
                }
            }
            default -> { }
        }
        if (points <= MAX_BOXES) {
            boxes(folder, table, factors, rows, charts, valueColumn);
        }
        extremeFans(folder, table, factors, rows, extremes, charts, valueColumn);
        RunReport.write(folder, designSection(folder, table, factors) + (notes == null ? "" : notes.html()));
    }

    /**
     * The runs.csv column each output is judged by: a flow's total over the run ({@code <output>_total}),
     * any other output's final value; a folder written before totals existed has only final values.
     */
    private static Map<String, String> valueColumns(ResultFolder folder, Path runs) {
        List<String> header;
        try (java.io.BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            header = line == null ? List.of() : CsvLine.split(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        for (String output : folder.outputs()) {
            boolean total = folder.flow(output, null) && header.contains(output + "_total");
            columns.put(output, total ? output + "_total" : output);
        }
        return columns;
    }

    /** "total over the run" for a flow's column, "final value" otherwise: what a chart's numbers are. */
    private static String valueWords(String output, Map<String, String> valueColumn) {
        return valueColumn.get(output).equals(output) ? "final value" : "total over the run";
    }

    /** The unit of the column an output is judged by: a flow's total drops "/month". */
    private static String valueUnit(String output, String unit, Map<String, String> valueColumn) {
        return valueColumn.get(output).equals(output) ? unit : ResultFolder.totalUnit(unit);
    }

    /** Short factor names for labels: the key without its first part ("pressure.rus", "reaction_k"). */
    static String shortName(String factor) {
        int dot = factor.indexOf('.');
        return dot < 0 ? factor : factor.substring(dot + 1);
    }

    /**
     * A point by its factor values: "pressure.rus 0.5, reaction_k 0.08", each to 3 significant digits so
     * six drawn factors (0.316406, ...) still fit a chart's legend; the design table has them in full.
     */
    static String pointLabel(PointTable t, List<String> factors, int point) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < factors.size(); j++) {
            double v = t.factor(point, j);
            String value = v == 0 || !Double.isFinite(v) ? NumberText.setting(v)
                    : new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
            b.append(j == 0 ? "" : ", ").append(shortName(factors.get(j))).append(' ').append(value);
        }
        return b.toString();
    }

    /** A factor as an axis title: its description and unit from the manifest, with its name. */
    static String factorAxis(Map<String, Object> spec) {
        String name = String.valueOf(spec.get("name"));
        Object description = spec.get("description");
        if (description == null) {
            return name;
        }
        String d = String.valueOf(description).replace(" (lever)", "");
        String unit = spec.get("unit") == null ? "" : ", " + spec.get("unit");
        if (d.length() + name.length() + unit.length() > AXIS_TITLE && d.contains(": ")) {
            d = d.substring(d.indexOf(": ") + 2); // "Richardson k: trilateral posture response..." keeps its meaning
        }
        if (d.length() + name.length() + unit.length() > AXIS_TITLE) {
            return name + " (" + unit.substring(Math.min(2, unit.length())) + ")";
        }
        return d.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + d.substring(1) + " (" + name + unit + ")";
    }

    /** The design as a table: each point's factor values and the mean final value of each output. */
    private static String designSection(ResultFolder folder, PointTable t, List<String> factors) {
        HtmlPage page = new HtmlPage("");
        page.heading(2, "Design: " + t.points() + " points, mean final values");
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(factors);
        folder.outputs().forEach(o -> header.add(Labels.title(o)));
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < Math.min(t.points(), MAX_DESIGN_ROWS); p++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
            for (int j = 0; j < factors.size(); j++) {
                row.add(NumberText.setting(t.factor(p, j)));
            }
            for (String o : folder.outputs()) {
                row.add(Change.num(t.mean(p, o)));
            }
            rows.add(row);
        }
        page.table(header, rows);
        if (t.points() > MAX_DESIGN_ROWS) {
            page.paragraph("The first " + MAX_DESIGN_ROWS + " of " + t.points() + " points; runs.csv has them all.");
        }
        return page.body();
    }

    private static SensitivityNotes sobol(Path dir, ResultFolder folder, List<String> factors, PointTable t, Path charts,
                                          long seed) {
        int k = factors.size();
        int n = t.points() / (k + 2);
        SensitivityNotes notes = new SensitivityNotes("Sobol", "base samples", n, k + 2);
        for (String output : folder.outputs()) {
            double[] fA = new double[n];
            double[] fB = new double[n];
            double[][] fAB = new double[k][n];
            for (int r = 0; r < n; r++) {
                fA[r] = t.mean(r * (k + 2), output);
                fB[r] = t.mean(r * (k + 2) + 1, output);
                for (int i = 0; i < k; i++) {
                    fAB[i][r] = t.mean(r * (k + 2) + 2 + i, output);
                }
            }
            List<IndexEstimate> convergence = SensitivityDiagnostics.sobol(factors, fA, fB, fAB, BOOTSTRAP, seed);
            notes.add(output, convergence, NoiseShare.of(t.stats(output)));
            ChartFiles.save(TornadoChart.create("Sensitivity of " + Labels.inSentence(output),
                    "Sobol indices on replicate means with bootstrap 95 % intervals, " + n + " base samples"
                    + notes.flagLegend(output), "share of variance",
                    notes.bars(output, List.of("ST", "S1"), List.of("ST (total)", "S1 (first order)"))),
                    charts, "tornado-" + output);
            ChartFiles.save(notes.convergenceChart(output, folder.title(), List.of("ST", "S1"),
                    List.of("ST (total)", "S1 (first order)")), charts, "convergence-" + output);
        }
        notes.write(dir);
        return notes;
    }

    /**
     * Consecutive points of a Morris trajectory differ in one factor; that factor's elementary
     * effect is the change of the output per unit of its range (so no design object is needed).
     */
    private static SensitivityNotes morris(Path dir, ResultFolder folder, List<Map<String, Object>> factorSpecs,
                                           PointTable t, Path charts, long seed) {
        int k = factorSpecs.size();
        int trajectories = t.points() / (k + 1);
        List<String> names = factorSpecs.stream().map(f -> String.valueOf(f.get("name"))).toList();
        SensitivityNotes notes = new SensitivityNotes("Morris", "trajectories", trajectories, k + 1);
        for (String output : folder.outputs()) {
            double[][][] effects = new double[trajectories][k][];
            for (int tr = 0; tr < trajectories; tr++) {
                List<List<Double>> perFactor = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    perFactor.add(new ArrayList<>());
                }
                for (int s = 0; s < k; s++) {
                    int before = tr * (k + 1) + s;
                    for (int j = 0; j < k; j++) {
                        double dx = t.factor(before + 1, j) - t.factor(before, j);
                        if (dx != 0) {
                            double range = ((Number) factorSpecs.get(j).get("max")).doubleValue()
                                    - ((Number) factorSpecs.get(j).get("min")).doubleValue();
                            perFactor.get(j).add((t.mean(before + 1, output) - t.mean(before, output)) / (dx / range));
                        }
                    }
                }
                for (int j = 0; j < k; j++) {
                    effects[tr][j] = perFactor.get(j).stream().mapToDouble(Double::doubleValue).toArray();
                }
            }
            List<IndexEstimate> convergence = SensitivityDiagnostics.morris(names, effects, BOOTSTRAP, seed);
            notes.add(output, convergence, NoiseShare.of(t.stats(output)));
            ChartFiles.save(TornadoChart.create("Sensitivity of " + Labels.inSentence(output),
                    "Morris screening on replicate means, " + trajectories + " trajectories; effects per full factor range"
                    + notes.flagLegend(output), output + " per factor range",
                    notes.bars(output, List.of("mu_star", "sigma"), List.of("mu* (mean |elementary effect|)", "sigma"))),
                    charts, "tornado-" + output);
            ChartFiles.save(notes.convergenceChart(output, folder.title(), List.of("mu_star", "sigma"),
                    List.of("mu*", "sigma")), charts, "convergence-" + output);
        }
        notes.write(dir);
        return notes;
    }

    private static void heatmaps(ResultFolder folder, List<Map<String, Object>> specs, PointTable t, Path charts,
                                 List<TimeseriesRow> rows, Map<String, String> valueColumn) {
        Map<String, String> units = new TreeMap<>();
        rows.forEach(r -> units.putIfAbsent(r.output(), r.unit()));
        double[] x = new double[t.points()];
        double[] y = new double[t.points()];
        for (int p = 0; p < t.points(); p++) {
            x[p] = t.factor(p, 0);
            y[p] = t.factor(p, 1);
        }
        for (String output : folder.outputs()) {
            String column = valueColumn.get(output);
            List<PointStats> stats = t.stats(column);
            double[] z = stats.stream().mapToDouble(PointStats::mean).toArray();
            double[] halfWidth = stats.stream().mapToDouble(st -> Intervals.halfWidth(st.n(), st.variance())).toArray();
            long fewest = stats.stream().mapToLong(PointStats::n).min().orElse(0);
            String words = valueWords(output, valueColumn);
            ChartFiles.save(HeatmapChart.create(Labels.title(output) + (column.equals(output) ? " at the horizon"
                    : ", total over the run"), folder.title() + " — mean " + words + " of each grid point ± its "
                    + Intervals.LABEL + " interval (" + (fewest == stats.stream().mapToLong(PointStats::n).max().orElse(0)
                    ? fewest + " runs a point" : "at least " + fewest + " runs a point") + "); ≈ marks a cell within noise"
                    + " of the grid's mean", factorAxis(specs.get(0)), factorAxis(specs.get(1)),
                    Labels.axis("mean " + words, valueUnit(output, units.get(output), valueColumn)), x, y, z, halfWidth),
                    charts, "heatmap-" + output);
        }
    }

    private static void boxes(ResultFolder folder, PointTable t, List<String> factors, List<TimeseriesRow> rows,
                              Path charts, Map<String, String> valueColumn) {
        Map<String, String> units = new TreeMap<>();
        rows.forEach(r -> units.putIfAbsent(r.output(), r.unit()));
        String axis = "design point (" + String.join(", ", factors.stream().map(SweepReport::shortName).toList()) + ")";
        for (String output : folder.outputs()) {
            List<BoxPlotChart.Group> groups = new ArrayList<>();
            boolean all = true;
            for (int p = 0; p < t.points(); p++) {
                groups.add(new BoxPlotChart.Group(pointLabel(t, factors, p), t.values(p, valueColumn.get(output))));
                all &= t.allKept(p, valueColumn.get(output));
            }
            String subtitle = all ? folder.title()
                    : folder.title() + " — the first " + String.format(java.util.Locale.ROOT, "%,d", PointTable.BOX_VALUES)
                    + " runs of each point";
            String words = valueWords(output, valueColumn);
            String plural = words.equals("final value") ? "final values" : "totals over the run";
            ChartFiles.save(BoxPlotChart.create(Labels.title(output) + ": " + plural + " by design point", subtitle, axis,
                    Labels.axis(Labels.title(output) + ", " + words, valueUnit(output, units.get(output), valueColumn)),
                    groups), charts, "box-" + output);
        }
    }

    /**
     * For each output, the fans of the points where it ends lowest and highest (a flow: its total) when
     * those two differ beyond noise (the {@link Intervals#LEVEL} interval of their difference excludes 0);
     * else only the lowest, said so. Each band's label says how many runs it summarizes.
     */
    private static void extremeFans(ResultFolder folder, PointTable t, List<String> factors, List<TimeseriesRow> rows,
                                    Map<String, int[]> extremes, Path charts, Map<String, String> valueColumn) {
        for (String output : folder.outputs()) {
            int[] lowHigh = extremes.get(output);
            List<PointStats> stats = t.stats(valueColumn.get(output));
            boolean apart = lowHigh[1] != lowHigh[0] && Intervals.apart(stats.get(lowHigh[0]).n(), stats.get(lowHigh[0])
                    .mean(), stats.get(lowHigh[0]).variance(), stats.get(lowHigh[1]).n(), stats.get(lowHigh[1]).mean(),
                    stats.get(lowHigh[1]).variance());
            List<FanSeries> fans = new ArrayList<>();
            List<TimeseriesRow> first = List.of();
            String[] which = {"lowest", "highest"};
            for (int i = 0; i < (apart ? 2 : 1); i++) {
                int point = lowHigh[i];
                List<TimeseriesRow> own = rows.stream().filter(r -> r.point() == point && r.output().equals(output)).toList();
                if (own.isEmpty()) {
                    continue;
                }
                first = first.isEmpty() ? own : first;
                fans.add(new FanSeries((apart ? which[i] + ": " : "") + pointLabel(t, factors, point) + " (" + own.get(0).n()
                        + " runs)", WhatIfReport.points(own)));
            }
            if (fans.isEmpty()) {
                continue;
            }
            String unit = first.get(0).unit();
            String subtitle = apart ? " — the design points where its " + valueWords(output, valueColumn) + " is lowest and"
                    + " highest, apart beyond noise (" + Intervals.LABEL + " interval of their difference)"
                    : " — one design point: the lowest and highest " + valueWords(output, valueColumn) + "s differ within"
                    + " noise (" + Intervals.LABEL + " interval of their difference includes 0)";
            FanChartSpec spec = new FanChartSpec(Labels.title(output), folder.title() + subtitle, Labels.axis(output, unit),
                    YearMonth.parse(first.get(0).date()), fans, folder.events(), folder.integer(output, unit))
                    .withRecordEnds(folder.recordEnds());
            ChartFiles.save(FanChart.create(spec), charts, "fan-" + output);
        }
    }

    /**
     * Final values from runs.csv by point, with each point's factor values, read as a stream: a mean
     * per point and output, and, for box plots, the first {@link #BOX_VALUES} values of each point.
     */
    static final class PointTable {
        static final int BOX_VALUES = 10_000;

        private final int points;
        private final double[][] factorValues;
        private final Map<String, PointValues[]> values = new TreeMap<>();

        private PointTable(int points, int factors) {
            this.points = points;
            this.factorValues = new double[points][factors];
        }

        static PointTable read(Path runs, List<String> factors, List<String> outputs, int points, boolean keepValues) {
            PointTable t = new PointTable(points, factors.size());
            for (String o : outputs) {
                PointValues[] perPoint = new PointValues[points];
                for (int p = 0; p < points; p++) {
                    perPoint[p] = new PointValues(keepValues ? BOX_VALUES : 0);
                }
                t.values.put(o, perPoint);
            }
            // Line by line, split on commas: runs.csv's rows are one line each and only a failed run's
            // message can be quoted, so CSVParser reads just those lines (it made reading runs.csv
            // a third of a large sweep's report).
            try (java.io.BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
                String headerLine = in.readLine();
                List<String> header = headerLine == null ? List.of() : CsvLine.split(headerLine);
                int point = header.indexOf("point");
                int status = header.indexOf("status");
                int[] factorColumns = factors.stream().mapToInt(header::indexOf).toArray();
                int[] outputColumns = outputs.stream().mapToInt(header::indexOf).toArray();
                List<String> wanted = new ArrayList<>(List.of("point", "status"));
                wanted.addAll(factors);
                wanted.addAll(outputs);
                for (String column : wanted) {
                    if (!header.contains(column)) {
                        throw new IllegalArgumentException(runs + " has no column '" + column + "'; is it a sweep's"
                                + " runs.csv as alliance-sim wrote it?");
                    }
                }
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    List<String> r = CsvLine.split(line);
                    int p = Integer.parseInt(r.get(point));
                    for (int j = 0; j < factorColumns.length; j++) {
                        t.factorValues[p][j] = Double.parseDouble(r.get(factorColumns[j]));
                    }
                    if (!"ok".equals(r.get(status))) {
                        continue;
                    }
                    for (int k = 0; k < outputColumns.length; k++) {
                        t.values.get(outputs.get(k))[p].add(Double.parseDouble(r.get(outputColumns[k])));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return t;
        }

        int points() {
            return points;
        }

        double factor(int point, int j) {
            return factorValues[point][j];
        }

        /** The values kept for box plots (all of them up to {@link #BOX_VALUES}, else the first ones). */
        double[] values(int point, String output) {
            return values.get(output)[point].kept();
        }

        boolean allKept(int point, String output) {
            return values.get(output)[point].allKept();
        }

        double mean(int point, String output) {
            return values.get(output)[point].mean();
        }

        /** Every point's replicate statistics of one output. */
        List<PointStats> stats(String output) {
            return Arrays.stream(values.get(output)).map(PointValues::stats).toList();
        }

        /** The points with the lowest and the highest mean final value of an output (the first of ties). */
        int[] extremes(String output) {
            int low = 0;
            int high = 0;
            for (int p = 1; p < points; p++) {
                double m = mean(p, output);
                if (m < mean(low, output) || Double.isNaN(mean(low, output))) {
                    low = p;
                }
                if (m > mean(high, output) || Double.isNaN(mean(high, output))) {
                    high = p;
                }
            }
            return new int[] {low, high};
        }
    }

    /**
     * One point's final values of one output: their count, mean and variance over all runs (Welford's
     * update, exact in one pass) and the first few of them.
     */
    private static final class PointValues {
        private final int capacity;
        private double[] kept = new double[0];
        private int n;
        private long count;
        private double mean;
        private double m2;

        PointValues(int capacity) {
            this.capacity = capacity;
        }

        void add(double v) {
            count++;
            double d = v - mean;
            mean += d / count;
            m2 += d * (v - mean);
            if (n < capacity) {
                if (n == kept.length) {
                    kept = java.util.Arrays.copyOf(kept, Math.min(capacity, Math.max(16, 2 * n)));
                }
                kept[n++] = v;
            }
        }

        double mean() {
            return count == 0 ? Double.NaN : mean;
        }

        PointStats stats() {
            return new PointStats(count, mean(), count > 1 ? m2 / (count - 1) : Double.NaN);
        }

        double[] kept() {
            return java.util.Arrays.copyOf(kept, n);
        }

        boolean allKept() {
            return count == n;
        }
    }
}

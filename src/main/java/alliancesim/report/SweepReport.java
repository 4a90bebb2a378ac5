package alliancesim.report;

import alliancesim.chart.BoxPlotChart;
import alliancesim.chart.ChartFiles;
import alliancesim.chart.FanChart;
import alliancesim.chart.FanChartSpec;
import alliancesim.chart.FanSeries;
import alliancesim.chart.HeatmapChart;
import alliancesim.chart.TornadoChart;
import alliancesim.stats.MorrisIndices;
import alliancesim.stats.NumberText;
import alliancesim.stats.SobolIndices;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The analysis of a finished sweep, from its saved files: sensitivity.csv (Sobol S1/ST with
 * bootstrap intervals, or Morris mu*, mu, sigma), heatmaps over a two-factor grid, tornado
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

    @SuppressWarnings("unchecked")
    public static void write(Path dir) {
        ResultFolder folder = ResultFolder.open(dir);
        Map<String, Object> sweep = (Map<String, Object>) folder.manifest().get("sweep");
        String design = String.valueOf(sweep.get("design"));
        List<Map<String, Object>> factorSpecs = (List<Map<String, Object>>) sweep.get("factors");
        List<String> factors = factorSpecs.stream().map(f -> String.valueOf(f.get("name"))).toList();
        int points = ((Number) sweep.get("points")).intValue();
        PointTable table = PointTable.read(dir.resolve("runs.csv"), factors, folder.outputs(), points, points <= MAX_BOXES);
        Path charts = dir.resolve("charts");
        long seed = ((Number) folder.scenario().get("seed")).longValue();
        // Fans are drawn for the points where each output ends lowest and highest; only their rows are read.
        Map<String, int[]> extremes = new TreeMap<>();
        java.util.Set<Integer> drawn = new java.util.TreeSet<>(List.of(0));
        for (String output : folder.outputs()) {
            int[] lowHigh = table.extremes(output);
            extremes.put(output, lowHigh);
            drawn.add(lowHigh[0]);
            drawn.add(lowHigh[1]);
        }
        List<TimeseriesRow> rows = folder.timeseries(drawn::contains);
        switch (design) {
            case "sobol" -> sobol(dir, folder, factors, table, charts, seed);
            case "morris" -> morris(dir, folder, factorSpecs, table, charts);
            case "grid" -> {
                if (factors.size() == 2) {
                    heatmaps(folder, factorSpecs, table, charts, rows);
                }
            }
            default -> { }
        }
        if (points <= MAX_BOXES) {
            boxes(folder, table, factors, rows, charts);
        }
        extremeFans(folder, table, factors, rows, extremes, charts);
        RunReport.write(folder, designSection(folder, table, factors));
    }

    /** Short factor names for labels: the key without its first part ("pressure.rus", "reaction_k"). */
    static String shortName(String factor) {
        int dot = factor.indexOf('.');
        return dot < 0 ? factor : factor.substring(dot + 1);
    }

    /** A point by its factor values: "pressure.rus 0.5, reaction_k 0.08". */
    static String pointLabel(PointTable t, List<String> factors, int point) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < factors.size(); j++) {
            b.append(j == 0 ? "" : ", ").append(shortName(factors.get(j))).append(' ').append(NumberText.setting(t.factor(point, j)));
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

    private static void sobol(Path dir, ResultFolder folder, List<String> factors, PointTable t, Path charts, long seed) {
        int k = factors.size();
        int n = t.points() / (k + 2);
        List<String[]> rows = new ArrayList<>();
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
            SobolIndices.Index[] idx = SobolIndices.estimate(fA, fB, fAB, BOOTSTRAP, seed);
            List<TornadoChart.Bar> bars = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                SobolIndices.Index x = idx[i];
                rows.add(row(output, factors.get(i), "S1", x.s1(), x.s1Low(), x.s1High()));
                rows.add(row(output, factors.get(i), "ST", x.st(), x.stLow(), x.stHigh()));
                bars.add(new TornadoChart.Bar(factors.get(i), "ST (total)", x.st(), (x.stHigh() - x.stLow()) / 2));
                bars.add(new TornadoChart.Bar(factors.get(i), "S1 (first order)", x.s1(), (x.s1High() - x.s1Low()) / 2));
            }
            ChartFiles.save(TornadoChart.create("Sensitivity: " + Labels.title(output),
                    "Sobol indices with bootstrap 95 % intervals, " + n + " base samples", "share of variance", bars),
                    charts, "tornado-" + output);
        }
        writeSensitivity(dir, rows);
    }

    /**
     * Consecutive points of a Morris trajectory differ in one factor; that factor's elementary
     * effect is the change of the output per unit of its range (so no design object is needed).
     */
    private static void morris(Path dir, ResultFolder folder, List<Map<String, Object>> factorSpecs, PointTable t,
                               Path charts) {
        int k = factorSpecs.size();
        int trajectories = t.points() / (k + 1);
        List<String[]> rows = new ArrayList<>();
        for (String output : folder.outputs()) {
            List<List<Double>> effects = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                effects.add(new ArrayList<>());
            }
            for (int tr = 0; tr < trajectories; tr++) {
                for (int s = 0; s < k; s++) {
                    int before = tr * (k + 1) + s;
                    for (int j = 0; j < k; j++) {
                        double dx = t.factor(before + 1, j) - t.factor(before, j);
                        if (dx != 0) {
                            double range = ((Number) factorSpecs.get(j).get("max")).doubleValue()
                                    - ((Number) factorSpecs.get(j).get("min")).doubleValue();
                            effects.get(j).add((t.mean(before + 1, output) - t.mean(before, output)) / (dx / range));
                        }
                    }
                }
            }
            List<TornadoChart.Bar> bars = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                MorrisIndices m = MorrisIndices.of(effects.get(j).stream().mapToDouble(Double::doubleValue).toArray());
                String name = String.valueOf(factorSpecs.get(j).get("name"));
                rows.add(row(output, name, "mu_star", m.muStar(), Double.NaN, Double.NaN));
                rows.add(row(output, name, "mu", m.mu(), Double.NaN, Double.NaN));
                rows.add(row(output, name, "sigma", m.sigma(), Double.NaN, Double.NaN));
                bars.add(new TornadoChart.Bar(name, "mu* (mean |elementary effect|)", m.muStar(), 0));
                bars.add(new TornadoChart.Bar(name, "sigma", m.sigma(), 0));
            }
            ChartFiles.save(TornadoChart.create("Sensitivity: " + Labels.title(output),
                    "Morris screening, " + trajectories + " trajectories; effects per full factor range",
                    output + " per factor range", bars), charts, "tornado-" + output);
        }
        writeSensitivity(dir, rows);
    }

    private static String[] row(String output, String factor, String index, double v, double lo, double hi) {
        return new String[] {output, factor, index, num(v), num(lo), num(hi)};
    }

    private static String num(double v) {
        return NumberText.csv(v);
    }

    private static void writeSensitivity(Path dir, List<String[]> rows) {
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(dir.resolve("sensitivity.csv"), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("output", "factor", "index", "estimate", "ci95_low", "ci95_high");
            for (String[] r : rows) {
                csv.printRecord((Object[]) r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heatmaps(ResultFolder folder, List<Map<String, Object>> specs, PointTable t, Path charts,
                                 List<TimeseriesRow> rows) {
        Map<String, String> units = new TreeMap<>();
        rows.forEach(r -> units.putIfAbsent(r.output(), r.unit()));
        double[] x = new double[t.points()];
        double[] y = new double[t.points()];
        for (int p = 0; p < t.points(); p++) {
            x[p] = t.factor(p, 0);
            y[p] = t.factor(p, 1);
        }
        for (String output : folder.outputs()) {
            double[] z = new double[t.points()];
            for (int p = 0; p < z.length; p++) {
                z[p] = t.mean(p, output);
            }
            ChartFiles.save(HeatmapChart.create(Labels.title(output) + " at the horizon",
                    folder.title() + " — mean final value of each grid point", factorAxis(specs.get(0)),
                    factorAxis(specs.get(1)), Labels.axis("mean final value", units.get(output)), x, y, z), charts, "heatmap-" + output);
        }
    }

    private static void boxes(ResultFolder folder, PointTable t, List<String> factors, List<TimeseriesRow> rows,
                              Path charts) {
        Map<String, String> units = new TreeMap<>();
        rows.forEach(r -> units.putIfAbsent(r.output(), r.unit()));
        String axis = "design point (" + String.join(", ", factors.stream().map(SweepReport::shortName).toList()) + ")";
        for (String output : folder.outputs()) {
            List<BoxPlotChart.Group> groups = new ArrayList<>();
            boolean all = true;
            for (int p = 0; p < t.points(); p++) {
                groups.add(new BoxPlotChart.Group(pointLabel(t, factors, p), t.values(p, output)));
                all &= t.allKept(p, output);
            }
            String subtitle = all ? folder.title()
                    : folder.title() + " — the first " + String.format(java.util.Locale.ROOT, "%,d", PointTable.BOX_VALUES)
                    + " runs of each point";
            ChartFiles.save(BoxPlotChart.create(Labels.title(output) + ": final values by design point", subtitle, axis,
                    Labels.axis(output, units.get(output)), groups), charts, "box-" + output);
        }
    }

    /** For each output, the fans of the points where its mean final value is lowest and highest. */
    private static void extremeFans(ResultFolder folder, PointTable t, List<String> factors, List<TimeseriesRow> rows,
                                    Map<String, int[]> extremes, Path charts) {
        for (String output : folder.outputs()) {
            int[] lowHigh = extremes.get(output);
            List<FanSeries> fans = new ArrayList<>();
            List<TimeseriesRow> first = List.of();
            String[] which = {"lowest", "highest"};
            for (int i = 0; i < 2; i++) {
                int point = lowHigh[i];
                List<TimeseriesRow> own = rows.stream().filter(r -> r.point() == point && r.output().equals(output)).toList();
                if (own.isEmpty() || (i == 1 && lowHigh[1] == lowHigh[0])) {
                    continue;
                }
                first = first.isEmpty() ? own : first;
                fans.add(new FanSeries(which[i] + " final value: " + pointLabel(t, factors, point), WhatIfReport.points(own)));
            }
            if (fans.isEmpty()) {
                continue;
            }
            String unit = first.get(0).unit();
            FanChartSpec spec = new FanChartSpec(Labels.title(output), folder.title()
                    + " — the design points where it ends lowest and highest", Labels.axis(output, unit),
                    YearMonth.parse(first.get(0).date()), fans, folder.events(), folder.integer(output, unit));
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
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (Reader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
                for (CSVRecord r : format.parse(in)) {
                    int p = Integer.parseInt(r.get("point"));
                    for (int j = 0; j < factors.size(); j++) {
                        t.factorValues[p][j] = Double.parseDouble(r.get(factors.get(j)));
                    }
                    if (!"ok".equals(r.get("status"))) {
                        continue;
                    }
                    for (String o : outputs) {
                        t.values.get(o)[p].add(Double.parseDouble(r.get(o)));
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

    /** One point's final values of one output: their mean over all runs and the first few of them. */
    private static final class PointValues {
        private final java.util.DoubleSummaryStatistics all = new java.util.DoubleSummaryStatistics();
        private final int capacity;
        private double[] kept = new double[0];
        private int n;

        PointValues(int capacity) {
            this.capacity = capacity;
        }

        void add(double v) {
            all.accept(v);
            if (n < capacity) {
                if (n == kept.length) {
                    kept = java.util.Arrays.copyOf(kept, Math.min(capacity, Math.max(16, 2 * n)));
                }
                kept[n++] = v;
            }
        }

        double mean() {
            return all.getCount() == 0 ? Double.NaN : all.getAverage();
        }

        double[] kept() {
            return java.util.Arrays.copyOf(kept, n);
        }

        boolean allKept() {
            return all.getCount() == n;
        }
    }
}

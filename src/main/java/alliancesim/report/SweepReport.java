package alliancesim.report;

import alliancesim.analysis.BetweenPoints;
import alliancesim.analysis.DesignIndices;
import alliancesim.analysis.IndexEstimate;
import alliancesim.analysis.NoiseShare;
import alliancesim.analysis.PointTable;
import alliancesim.chart.BoxPlotChart;
import alliancesim.chart.ChartFiles;
import alliancesim.chart.FanChart;
import alliancesim.chart.FanChartSpec;
import alliancesim.chart.FanSeries;
import alliancesim.chart.HeatmapChart;
import alliancesim.chart.TornadoChart;
import alliancesim.analysis.PointStats;
import alliancesim.files.InvalidInputException;
import alliancesim.results.ManifestFile;
import alliancesim.results.RunsReader;
import alliancesim.results.SweepRecord;
import alliancesim.results.TimeseriesRow;
import alliancesim.stats.Intervals;
import alliancesim.stats.NumberText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    public static void write(Path dir) {
        try {
            for (Path p : leftovers(dir)) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResultFolder folder = ResultFolder.open(dir);
        SweepRecord sweep = folder.manifest().sweep();
        if (sweep == null) {
            throw new InvalidInputException(dir.resolve(ManifestFile.NAME) + " records no sweep: " + dir + " is not a"
                    + " sweep's folder");
        }
        String design = sweep.design();
        List<SweepRecord.Factor> factorSpecs = sweep.factors();
        List<String> factors = sweep.factorNames();
        int points = sweep.points();
        Map<String, String> valueColumn = valueColumns(folder, dir.resolve(RunsReader.NAME));
        List<String> columns = new ArrayList<>(folder.outputs());
        valueColumn.values().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        PointTable table = PointTable.read(dir.resolve(RunsReader.NAME), factors, columns, points, points <= MAX_BOXES);
        Path charts = dir.resolve("charts");
        long seed = folder.scenario().seed();
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
            case "sobol" -> notes = sobol(dir, folder, factorSpecs, table, charts, seed);
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
        RunReport.write(folder, opening(folder, sweep, table, valueColumn) + designSection(folder, table, factors, valueColumn)
                + (notes == null ? "" : notes.html()));
    }

    /**
     * The runs.csv column each output is judged by: a flow's total over the run ({@code <output>_total}),
     * any other output's final value; a folder written before totals existed has only final values.
     */
    private static Map<String, String> valueColumns(ResultFolder folder, Path runs) {
        List<String> header;
        try (RunsReader in = RunsReader.open(runs)) {
            header = in.header();
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

    /** The most characters of a factor's words on a tornado's or a convergence chart's labels. */
    private static final int FACTOR_WORDS = 48;

    /**
     * A factor as an axis title, in words: its description from the manifest (or the levers' words) with its unit,
     * and its name too when the whole fits ("North Korean shell production at month 0 (munitions.capacity.prk,
     * shells/month)"); never the name alone.
     */
    static String factorAxis(SweepRecord.Factor spec) {
        String name = spec.name();
        String unit = spec.unit() == null || spec.unit().isBlank() ? "" : spec.unit();
        String d = description(spec);
        if (d.length() + name.length() + unit.length() + 5 <= AXIS_TITLE) {
            return d + " (" + name + (unit.isEmpty() ? "" : ", " + unit) + ")";
        }
        String words = shortened(d, AXIS_TITLE - unit.length() - 3);
        return unit.isEmpty() ? words : words + " (" + unit + ")";
    }

    /** Each factor's words for a chart's labels: its description, shortened at a word to fit beside the bars. */
    static Map<String, String> factorWords(List<SweepRecord.Factor> specs) {
        Map<String, String> words = new java.util.LinkedHashMap<>();
        for (SweepRecord.Factor f : specs) {
            words.put(f.name(), shortened(description(f), FACTOR_WORDS));
        }
        return words;
    }

    /**
     * A factor's description as words with a capital: the manifest's (without "(lever)", and after the "Richardson
     * k: " kind of prefix when long), else the levers' words, else its name read word by word.
     */
    private static String description(SweepRecord.Factor spec) {
        String d;
        if (spec.description() == null || spec.description().isBlank()) {
            d = Labels.parameter(spec.name());
        } else {
            d = spec.description().replace(" (lever)", "").trim();
            if (d.length() > FACTOR_WORDS && d.contains(": ")) {
                d = d.substring(d.indexOf(": ") + 2); // "Richardson k: trilateral posture response..." keeps its meaning
            }
        }
        return d.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + d.substring(1);
    }

    /** {@code text} cut at the last word that fits in {@code max} characters, with "…" when cut. */
    private static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[ ,;:(]+$", "") + "…";
    }

    /**
     * How the sweep's report opens: the design (its kind, points, replicates and every factor's range)
     * and, for each output, whether the factors move it beyond replicate noise (a one-way analysis of
     * variance across the points), the outputs they move first.
     */
    static String opening(ResultFolder folder, SweepRecord sweep, PointTable t, Map<String, String> valueColumn) {
        HtmlPage page = new HtmlPage("");
        page.heading(2, "Design");
        long runs = folder.manifest().counts() == null ? (long) t.points() * folder.scenario().replications()
                : folder.manifest().counts().runs();
        page.paragraph(String.format(java.util.Locale.ROOT, "A %s design: %,d points over %d factor%s, %,d runs"
                        + " (%d replicate%s a point, each run on its own seed).", sweep.design(), t.points(),
                sweep.factors().size(), sweep.factors().size() == 1 ? "" : "s", runs, folder.scenario().replications(),
                folder.scenario().replications() == 1 ? "" : "s"));
        List<List<String>> factorRows = new ArrayList<>();
        for (SweepRecord.Factor f : sweep.factors()) {
            String values = f.values() != null && !f.values().isEmpty()
                    ? String.join(", ", f.values().stream().map(NumberText::setting).toList())
                    : NumberText.setting(f.min()) + " to " + NumberText.setting(f.max())
                    + (f.levels() > 0 ? " (" + f.levels() + " levels)" : "");
            factorRows.add(List.of(f.name(), f.description() == null ? "" : f.description(),
                    f.unit() == null ? "" : f.unit(), values));
        }
        page.table(List.of("factor", "what it is", "unit", "values"), factorRows);
        page.heading(2, "What the factors move");
        List<List<String>> moved = new ArrayList<>();
        List<List<String>> still = new ArrayList<>();
        List<String> movedNames = new ArrayList<>();
        List<String> stillNames = new ArrayList<>();
        boolean anyUnknown = false;
        for (String output : folder.outputs()) {
            String column = valueColumn.get(output);
            List<PointStats> stats = t.stats(column);
            BetweenPoints test = BetweenPoints.of(stats);
            int[] lowHigh = t.extremes(column);
            String verdict = !test.known() ? "unknown (no replicates)"
                    : test.moved() ? "beyond noise" : "within noise";
            anyUnknown |= !test.known();
            List<String> row = List.of(folder.titles().title(output), valueWords(output, valueColumn), Change.num(t.mean(lowHigh[0],
                    column)) + " to " + Change.num(t.mean(lowHigh[1], column)), !test.known() ? "—"
                    : "F = " + Change.num(test.f()) + ", p " + pValue(test.p()),
                    verdict);
            (test.moved() ? moved : still).add(row);
            (test.moved() ? movedNames : stillNames).add(folder.titles().inSentence(output));
        }
        List<List<String>> rows = new ArrayList<>(moved);
        rows.addAll(still);
        page.paragraph((movedNames.isEmpty() ? "The factors move none of the outputs beyond replicate noise"
                : "The factors move " + words(movedNames) + " beyond replicate noise")
                + (stillNames.isEmpty() ? "." : "; " + words(stillNames) + (anyUnknown ? " cannot be judged or" : "")
                + " stay within it.") + " Judged by the spread of the points' means against the spread of the"
                + " replicates at each point (one-way analysis of variance; beyond noise when p < "
                + NumberText.setting(1 - Intervals.LEVEL) + ", the level of the " + Intervals.LABEL + " intervals).");
        page.table(List.of("output", "judged by", "range of the points' means", "between points against noise",
                "the factors' effect"), rows);
        return page.body();
    }

    private static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : String.format(java.util.Locale.ROOT, "= %.3f", p);
    }

    /** "a, b and c". */
    private static String words(List<String> items) {
        return items.size() < 2 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The design as a table: each point's factor values and the mean of each output as it is judged. */
    private static String designSection(ResultFolder folder, PointTable t, List<String> factors,
                                         Map<String, String> valueColumn) {
        HtmlPage page = new HtmlPage("");
        page.heading(2, "Every point: its factors and the mean of each output (a flow's total over the run)");
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(factors);
        folder.outputs().forEach(o -> header.add(folder.titles().title(o) + (valueColumn.get(o).equals(o) ? "" : ", total")));
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < Math.min(t.points(), MAX_DESIGN_ROWS); p++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
            for (int j = 0; j < factors.size(); j++) {
                row.add(NumberText.setting(t.factor(p, j)));
            }
            for (String o : folder.outputs()) {
                row.add(Change.num(t.mean(p, valueColumn.get(o))));
            }
            rows.add(row);
        }
        page.table(header, rows);
        if (t.points() > MAX_DESIGN_ROWS) {
            page.paragraph("The first " + MAX_DESIGN_ROWS + " of " + t.points() + " points; runs.csv has them all.");
        }
        return page.body();
    }

    private static SensitivityNotes sobol(Path dir, ResultFolder folder, List<SweepRecord.Factor> factorSpecs,
                                          PointTable t, Path charts, long seed) {
        List<String> factors = factorSpecs.stream().map(SweepRecord.Factor::name).toList();
        int block = DesignIndices.saltelliBlock(factors.size());
        int n = t.points() / block;
        SensitivityNotes notes = new SensitivityNotes("Sobol", "base samples", n, block, factorWords(factorSpecs));
        for (String output : folder.outputs()) {
            List<IndexEstimate> convergence = DesignIndices.sobol(factors, t.means(output), BOOTSTRAP, seed);
            notes.add(output, convergence, NoiseShare.of(t.stats(output)));
            ChartFiles.save(TornadoChart.create("Sensitivity of " + folder.titles().inSentence(output),
                    "Sobol indices on replicate means with bootstrap 95 % intervals, " + n + " base samples"
                    + notes.flagLegend(output), "share of variance",
                    notes.bars(output, List.of("ST", "S1"), List.of("ST (total)", "S1 (first order)"))),
                    charts, "tornado-" + output);
            ChartFiles.save(notes.convergenceChart(output, folder.titles(), folder.title(), List.of("ST", "S1"),
                    List.of("ST (total)", "S1 (first order)")), charts, "convergence-" + output);
        }
        notes.write(dir);
        return notes;
    }

    private static SensitivityNotes morris(Path dir, ResultFolder folder, List<SweepRecord.Factor> factorSpecs,
                                           PointTable t, Path charts, long seed) {
        int block = DesignIndices.morrisBlock(factorSpecs.size());
        int trajectories = t.points() / block;
        List<String> names = factorSpecs.stream().map(SweepRecord.Factor::name).toList();
        double[] ranges = factorSpecs.stream().mapToDouble(SweepRecord.Factor::range).toArray();
        SensitivityNotes notes = new SensitivityNotes("Morris", "trajectories", trajectories, block,
                factorWords(factorSpecs));
        for (String output : folder.outputs()) {
            List<IndexEstimate> convergence = DesignIndices.morris(names, t.factors(), t.means(output), ranges, BOOTSTRAP,
                    seed);
            notes.add(output, convergence, NoiseShare.of(t.stats(output)));
            ChartFiles.save(TornadoChart.create("Sensitivity of " + folder.titles().inSentence(output),
                    "Morris screening on replicate means, " + trajectories + " trajectories; effects per full factor range"
                    + notes.flagLegend(output), folder.titles().title(output) + " per factor range",
                    notes.bars(output, List.of("mu_star", "sigma"), List.of("mu* (mean |elementary effect|)", "sigma"))),
                    charts, "tornado-" + output);
            ChartFiles.save(notes.convergenceChart(output, folder.titles(), folder.title(), List.of("mu_star", "sigma"),
                    List.of("mu*", "sigma")), charts, "convergence-" + output);
        }
        notes.write(dir);
        return notes;
    }

    private static void heatmaps(ResultFolder folder, List<SweepRecord.Factor> specs, PointTable t, Path charts,
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
            ChartFiles.save(HeatmapChart.create(folder.titles().title(output) + (column.equals(output) ? " at the horizon"
                    : ", total over the run"), folder.title() + " — mean " + words + " of each grid point ± its "
                    + Intervals.LABEL + " interval (" + (fewest == stats.stream().mapToLong(PointStats::n).max().orElse(0)
                    ? fewest + " runs a point" : "at least " + fewest + " runs a point") + "); ≈ marks a cell within noise"
                    + " of the grid's mean" + factorsEffect(stats), factorAxis(specs.get(0)), factorAxis(specs.get(1)),
                    Labels.axis(Labels.title("mean " + words), valueUnit(output, units.get(output), valueColumn)), x, y, z, halfWidth),
                    charts, "heatmap-" + output);
        }
    }

    /**
     * What the analysis of variance says of the whole grid, for a heatmap's subtitle: a few cells apart
     * from the mean by chance are expected among many, so the colours are read against it.
     */
    static String factorsEffect(List<PointStats> stats) {
        BetweenPoints test = BetweenPoints.of(stats);
        if (!test.known()) {
            return "";
        }
        return test.moved() ? "; the factors move it beyond noise (p " + pValue(test.p()) + ")"
                : "; over the whole grid the factors' effect is within noise (p " + pValue(test.p()) + "): the colours"
                + " are mostly noise";
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
            ChartFiles.save(BoxPlotChart.create(folder.titles().title(output) + ": " + plural + " by design point", subtitle, axis,
                    Labels.axis(folder.titles().title(output) + ", " + words, valueUnit(output, units.get(output), valueColumn)),
                    groups, FanCharts.startBase(folder.index(output, units.get(output)), rows, output)), charts,
                    "box-" + output);
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
            FanChartSpec spec = new FanChartSpec(folder.titles().title(output), folder.title() + subtitle, folder.titles().axis(output, unit),
                    YearMonth.parse(first.get(0).date()), fans, folder.events(), folder.integer(output, unit))
                    .withRecordEnds(folder.recordEnds());
            spec = FanCharts.withBase(spec, folder, output, unit);
            ChartFiles.save(FanChart.create(spec), charts, "fan-" + output);
        }
    }
}

package alliancesim.report;

import alliancesim.chart.ChartFiles;
import alliancesim.chart.FanChartSpec;
import alliancesim.chart.FanPoint;
import alliancesim.chart.FanSeries;
import alliancesim.chart.PairPlot;
import alliancesim.chart.PriorPosteriorChart;
import alliancesim.chart.TargetFanChart;
import alliancesim.results.ManifestFile;
import alliancesim.results.ResultManifest;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration folder's charts and report.html, from its files: prior against posterior for each
 * parameter, a pair plot of the most constrained ones, a predictive fan chart per target series
 * with the observed figures on it, and the tables — first of all which parameters the data
 * constrain (posterior sd under half the prior's) and which they leave as they were.
 */
public final class CalibrationReport {
    /** How many of the most constrained parameters the pair plot shows. */
    static final int PAIRS = 4;

    private CalibrationReport() {
    }

    public static void write(Path folder) {
        ResultManifest manifest = ManifestFile.read(folder);
        // Every number the report reads is checked before anything is drawn (a damaged file: exit 2 at its line).
        CsvTable parameters = CsvTable.read(folder.resolve("parameters.csv"))
                .requireNumbers(false, "prior_min", "prior_max", "sd_ratio");
        CsvTable posterior = CsvTable.read(folder.resolve("posterior.csv"));
        posterior.requireNumbers(false, parameters.rows().stream().map(p -> p.get("parameter")).toArray(String[]::new));
        CsvTable generations = CsvTable.read(folder.resolve("generations.csv"));
        CsvTable fit = CsvTable.read(folder.resolve("fit.csv"))
                .requireNumbers(false, "observed", "interval_low", "interval_high", "sd").requireNumbers(true, "month");
        CsvTable predictive = CsvTable.read(folder.resolve("predictive.csv"))
                .requireNumbers(false, "mean", "p05", "p95").requireNumbers(true, "month").requireMonths("date");
        Path charts = folder.resolve("charts");
        double[] weights = posterior.numbers("weight");
        List<String> chartFiles = new ArrayList<>();
        for (Map<String, String> p : parameters.rows()) {
            String name = p.get("parameter");
            ChartFiles.save(PriorPosteriorChart.create(upper(Labels.parameter(name)), "prior against posterior of " + name
                            + ", " + weights.length + " particles",
                    name, CsvTable.number(p.get("prior_min")), CsvTable.number(p.get("prior_max")),
                    posterior.numbers(name), weights), charts, "posterior-" + name);
            chartFiles.add("posterior-" + name);
        }
        List<Map<String, String>> byConstraint = new ArrayList<>(parameters.rows());
        byConstraint.sort(Comparator.comparingDouble(r -> CsvTable.number(r.get("sd_ratio"))));
        List<PairPlot.Column> columns = new ArrayList<>();
        for (Map<String, String> p : byConstraint.subList(0, Math.min(PAIRS, byConstraint.size()))) {
            columns.add(new PairPlot.Column(p.get("parameter"), CsvTable.number(p.get("prior_min")),
                    CsvTable.number(p.get("prior_max")), posterior.numbers(p.get("parameter"))));
        }
        ChartFiles.save(PairPlot.create("Posterior of the " + columns.size() + " most constrained parameters", columns,
                weights), charts, "pairs");
        List<String> fans = fanCharts(charts, fit, predictive,
                ResultFolder.recordEnds(manifest, folder.resolve(ManifestFile.NAME)), manifest.outputKinds(),
                OutputTitles.of(manifest));
        writeHtml(folder, manifest, parameters, generations, fit, chartFiles, fans);
    }

    /** "sanctions pressure on Russia" -> "Sanctions pressure on Russia", for a title. */
    private static String upper(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }

    private static List<String> fanCharts(Path charts, CsvTable fit, CsvTable predictive,
                                          java.util.Optional<YearMonth> recordEnds, Map<String, String> kinds,
                                          OutputTitles titles) {
        Map<String, List<Map<String, String>>> bySeries = new LinkedHashMap<>();
        predictive.rows().forEach(r -> bySeries.computeIfAbsent(r.get("series"), k -> new ArrayList<>()).add(r));
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> e : bySeries.entrySet()) {
            List<Map<String, String>> rows = e.getValue();
            YearMonth start = YearMonth.parse(rows.get(0).get("date")).minusMonths(Integer.parseInt(rows.get(0).get("month")));
            List<FanSeries> fans = new ArrayList<>();
            for (String kind : List.of("prior", "posterior")) {
                List<FanPoint> points = rows.stream().filter(r -> r.get("kind").equals(kind))
                        .map(r -> new FanPoint(Integer.parseInt(r.get("month")), CsvTable.number(r.get("mean")),
                                CsvTable.number(r.get("p05")), CsvTable.number(r.get("p95")))).toList();
                fans.add(new FanSeries(kind + " predictive", points));
            }
            List<TargetFanChart.Observation> observed = new ArrayList<>();
            for (Map<String, String> t : fit.rows()) {
                if (t.get("series").equals(e.getKey())) {
                    double v = CsvTable.number(t.get("observed"));
                    double lo = CsvTable.number(t.get("interval_low"));
                    double hi = CsvTable.number(t.get("interval_high"));
                    double sd = CsvTable.number(t.get("sd"));
                    observed.add(new TargetFanChart.Observation(Integer.parseInt(t.get("month")), v,
                            Double.isNaN(lo) ? v - 1.6448536269514722 * sd : lo,
                            Double.isNaN(hi) ? v + 1.6448536269514722 * sd : hi, t.get("use").equals("holdout")));
                }
            }
            String statistic = rows.get(0).get("statistic");
            String output = rows.get(0).get("output");
            // In words, not the series id: "Territory gained by Russia, mean from 2024-07".
            String from = e.getKey().contains("-from-") ? " from " + e.getKey().substring(e.getKey().indexOf("-from-") + 6) : "";
            String title = titles.title(output) + (statistic.equals("value") ? "" : ", " + statistic + from);
            FanChartSpec spec = new FanChartSpec(title, "prior- and posterior-predictive mean and 5–95 % band;"
                    + " observed figures with 90 % intervals (filled: fitted, open: held out)", title, start, fans)
                    .withRecordEnds(recordEnds);
            boolean index = statistic.equals("value") && kinds != null && "index".equals(kinds.get(output));
            spec = spec.withIndexBase(FanCharts.indexBase(index, fans));
            ChartFiles.save(TargetFanChart.create(spec, observed), charts, "target-" + e.getKey());
            written.add("target-" + e.getKey());
        }
        return written;
    }

    private static void writeHtml(Path folder, ResultManifest manifest, CsvTable parameters, CsvTable generations,
                                  CsvTable fit, List<String> marginals, List<String> fans) {
        Map<String, Object> cal = manifest.calibration() == null ? Map.of() : manifest.calibration();
        String name = manifest.scenario() == null ? null : manifest.scenario().name();
        HtmlPage page = new HtmlPage("Calibration of " + name);
        page.heading(1, "Calibration of " + name);
        page.paragraph(String.valueOf(cal.getOrDefault("algorithm", "")));
        Object givenUp = cal.getOrDefault("simulations_of_the_generation_given_up", 0);
        page.paragraph("Stopped: " + cal.get("stop") + ". " + cal.get("simulations") + " simulations ("
                + cal.get("proposals") + " proposals) in the generations kept, "
                + (givenUp instanceof Number n && n.longValue() > 0 ? givenUp + " in the generation given up, " : "")
                + "and " + cal.get("predictive_simulations") + " predictive runs; "
                + cal.get("particles") + " particles; targets " + cal.get("targets") + "; command: " + manifest.command());
        List<String> constrained = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (Map<String, String> p : parameters.rows()) {
            (p.get("constrained").equals("yes") ? constrained : loose).add(p.get("parameter") + " (sd ratio "
                    + p.get("sd_ratio") + ")");
        }
        page.heading(2, "What the data constrain");
        page.paragraph("Constrained (posterior sd less than half the prior's): "
                + (constrained.isEmpty() ? "none" : String.join(", ", constrained)) + ".");
        page.paragraph("Not constrained (the data say little about them; their posterior is close to their prior): "
                + (loose.isEmpty() ? "none" : String.join(", ", loose)) + ".");
        page.table(parameters.header(), rows(parameters));
        page.heading(2, "Targets: observed against predicted (fit and holdout)");
        page.paragraph("'inside' says whether the observed value lies in the posterior-predictive 90 % interval."
                + " Holdout targets were not used to fit.");
        page.table(fit.header(), rows(fit));
        for (String f : fans) {
            page.image(folder.resolve("charts").resolve(f + ".png"), f);
        }
        page.heading(2, "Parameters: prior against posterior");
        page.image(folder.resolve("charts").resolve("pairs.png"), "pair plot");
        for (String f : marginals) {
            page.image(folder.resolve("charts").resolve(f + ".png"), f);
        }
        page.heading(2, "Generations");
        page.table(generations.header(), rows(generations));
        page.write(folder.resolve("report.html"));
    }

    private static List<List<String>> rows(CsvTable t) {
        return t.rows().stream().map(r -> t.header().stream().map(r::get).toList()).toList();
    }

}

package alliancesim.report;

import alliancesim.analysis.Discovery;
import alliancesim.analysis.PrimBox;
import alliancesim.chart.BoxScatterChart;
import alliancesim.chart.ChartFiles;
import alliancesim.chart.TradeoffChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What `discover` writes: discovery.csv (the trajectory, one row per box, with every factor's
 * bounds), box.csv (the chosen box, one row per factor, with its quasi-p-value), the trade-off and
 * box-over-scatter charts, and report.html.
 */
public final class DiscoveryReport {
    /** The scatter draws at most this many runs (the first ones); more would be a solid blot. */
    static final int SCATTER_RUNS = 20_000;

    private DiscoveryReport() {
    }

    public static void write(Discovery d, Path out, String command) {
        List<String> factors = d.data().factors();
        CsvFiles.write(out.resolve("discovery.csv"), csv -> {
            List<String> header = new ArrayList<>(List.of("step", "phase", "chosen", "coverage", "density", "mass", "runs",
                    "cases", "restricted_factors"));
            factors.forEach(f -> {
                header.add(f + "_low");
                header.add(f + "_high");
            });
            csv.printRecord(header);
            for (PrimBox b : d.trajectory()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(b.step()), b.phase(),
                        Boolean.toString(b.step() == d.chosen()), CsvFiles.num(b.coverage()), CsvFiles.num(b.density()),
                        CsvFiles.num(b.mass()),
                        Integer.toString(b.runs()), Integer.toString(b.hits()), Integer.toString(b.restrictedCount())));
                for (int j = 0; j < factors.size(); j++) {
                    row.add(CsvFiles.num(b.low()[j]));
                    row.add(CsvFiles.num(b.high()[j]));
                }
                csv.printRecord(row);
            }
        });
        PrimBox box = d.box();
        CsvFiles.write(out.resolve("box.csv"), csv -> {
            csv.printRecord("factor", "restricted", "low", "high", "quasi_p");
            for (int j = 0; j < factors.size(); j++) {
                csv.printRecord(factors.get(j), box.restricted()[j], CsvFiles.num(box.low()[j]), CsvFiles.num(box.high()[j]),
                        Double.isNaN(d.quasiP()[j]) ? "NA" : CsvFiles.num(d.quasiP()[j]));
            }
        });
        Path charts = out.resolve("charts");
        int n = d.trajectory().size();
        double[] coverage = new double[n];
        double[] density = new double[n];
        int[] restricted = new int[n];
        for (int i = 0; i < n; i++) {
            coverage[i] = d.trajectory().get(i).coverage();
            density[i] = d.trajectory().get(i).density();
            restricted[i] = d.trajectory().get(i).restrictedCount();
        }
        String subtitle = d.runs().title() + " — runs where " + d.where();
        ChartFiles.save(TradeoffChart.create("PRIM trade-off: coverage against density", subtitle, coverage, density,
                restricted, d.chosen()), charts, "tradeoff");
        int[] pair = d.scatterFactors();
        int shown = Math.min(SCATTER_RUNS, d.data().runs());
        double[] x = new double[shown];
        double[] y = new double[shown];
        boolean[] cases = java.util.Arrays.copyOf(d.data().interesting(), shown);
        for (int r = 0; r < shown; r++) {
            x[r] = d.data().x()[r][pair[0]];
            y[r] = d.data().x()[r][pair[1]];
        }
        String scatterSubtitle = shown < d.data().runs()
                ? subtitle + String.format(Locale.ROOT, " (the first %,d of %,d runs)", shown, d.data().runs()) : subtitle;
        ChartFiles.save(BoxScatterChart.create("The chosen box over its two most significant factors", scatterSubtitle,
                factors.get(pair[0]), factors.get(pair[1]), "runs where " + d.where(), x, y, cases,
                new double[] {box.low()[pair[0]], box.high()[pair[0]], box.low()[pair[1]], box.high()[pair[1]]}),
                charts, "box-scatter");
        page(d, charts, command).write(out.resolve("report.html"));
    }

    private static HtmlPage page(Discovery d, Path charts, String command) {
        PrimBox box = d.box();
        HtmlPage page = new HtmlPage("Scenario discovery: " + d.runs().title());
        page.heading(1, "Scenario discovery: " + d.runs().title());
        page.paragraph(d.sentence() + ".");
        page.paragraph(String.format(Locale.ROOT, "Runs of interest: %s — %,d of %,d successful runs (%s) of the %s sweep"
                        + " in %s. PRIM (Friedman and Fisher 1999) peeled %s of the box's runs at a time until the box held"
                        + " less than %s of all runs, then pasted back what raised the density. Chosen: %s (--box N or"
                        + " --min-density D choose another).",
                d.where(), d.data().hits(), d.data().runs(), Discovery.percent((double) d.data().hits() / d.data().runs()),
                d.runs().design(), d.runs().dir(), Discovery.percent(d.alpha()), Discovery.percent(d.minMass()), d.rule()));
        page.heading(2, String.format(Locale.ROOT, "Box %d: coverage %s, density %s, %,d runs", d.chosen(),
                Discovery.percent(box.coverage()), Discovery.percent(box.density()), box.runs()));
        List<List<String>> rows = new ArrayList<>();
        for (int j : d.restrictedByImportance()) {
            rows.add(List.of(d.data().factors().get(j), d.restriction(j), Discovery.number(box.low()[j]),
                    Discovery.number(box.high()[j]), String.format(Locale.ROOT, "%.2g", d.quasiP()[j])));
        }
        page.table(List.of("factor", "restriction", "low", "high", "quasi-p"), rows);
        page.paragraph("The quasi-p-value of a restriction (Bryant and Lempert 2010) is the probability of at least the"
                + " box's cases of interest among its runs if they occurred at the density of the box without that"
                + " restriction (one-sided binomial test): a large value (say above 0.05) says the limit adds little.");
        page.image(charts.resolve("tradeoff.png"), "coverage against density along the PRIM trajectory");
        page.paragraph("Each point is a box of the trajectory, labelled by the number of factors it restricts: moving"
                + " right keeps more of the cases of interest, moving up makes the box purer. discovery.csv has every"
                + " box's bounds; `--box N` chooses another.");
        page.image(charts.resolve("box-scatter.png"), "the chosen box over the runs");
        page.heading(2, "Trajectory");
        List<List<String>> steps = new ArrayList<>();
        for (PrimBox b : d.trajectory()) {
            steps.add(List.of(Integer.toString(b.step()) + (b.step() == d.chosen() ? " (chosen)" : ""), b.phase(),
                    Discovery.percent(b.coverage()), Discovery.percent(b.density()), Integer.toString(b.runs()),
                    Integer.toString(b.restrictedCount())));
        }
        page.table(List.of("box", "phase", "coverage", "density", "runs", "factors restricted"), steps);
        page.paragraph("Command: " + command);
        return page;
    }

}

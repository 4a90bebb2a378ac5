package alliancesim.report;

import alliancesim.analysis.Discovery;
import alliancesim.analysis.IndexEstimate;
import alliancesim.analysis.NoiseShare;
import alliancesim.analysis.SensitivityDiagnostics;
import alliancesim.chart.ConvergenceChart;
import alliancesim.chart.TornadoChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * A sensitivity sweep's indices with what is known of their reliability, output by output:
 * sensitivity.csv (final estimates with intervals and flags, plus the replicate noise share),
 * convergence.csv (the estimates on growing subsamples), tornado bars labelled with their flags,
 * convergence charts, and the report's section on noise, flags and the samples a ±0.05 interval needs.
 */
final class SensitivityNotes {
    private static final Map<String, String> SHORT = Map.of("negative", "<0", "above 1", ">1", "S1 > ST", "S1>ST",
            "too wide to rank", "wide");

    private final String method;
    private final String samplesName;
    private final int samples;
    private final int pointsPerSample;
    private final Map<String, Entry> byOutput = new LinkedHashMap<>();
    /** Each factor's words for the charts' labels (its name where none is given). */
    private final Map<String, String> words;

    private record Entry(List<IndexEstimate> convergence, List<IndexEstimate> finals, Map<String, List<String>> flags,
                         NoiseShare noise) {
    }

    /** {@code pointsPerSample}: design points per base sample (k + 2 for Sobol, k + 1 for Morris). */
    SensitivityNotes(String method, String samplesName, int samples, int pointsPerSample, Map<String, String> words) {
        this.words = Map.copyOf(words);
        this.method = method;
        this.samplesName = samplesName;
        this.samples = samples;
        this.pointsPerSample = pointsPerSample;
    }

    void add(String output, List<IndexEstimate> convergence, NoiseShare noise) {
        List<IndexEstimate> finals = SensitivityDiagnostics.finals(convergence);
        byOutput.put(output, new Entry(convergence, finals, SensitivityDiagnostics.flags(finals), noise));
    }

    /** Tornado bars of two indices; a factor with a flagged index is labelled with its flags. */
    List<TornadoChart.Bar> bars(String output, List<String> indices, List<String> labels) {
        Entry e = byOutput.get(output);
        List<TornadoChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            for (IndexEstimate x : e.finals()) {
                if (x.index().equals(indices.get(i))) {
                    bars.add(new TornadoChart.Bar(label(e, x.factor(), words.getOrDefault(x.factor(), x.factor())), labels.get(i), x.estimate(), x.halfWidth()));
                }
            }
        }
        return bars;
    }

    private static String label(Entry e, String factor, String shown) {
        List<String> flags = new ArrayList<>();
        e.flags().forEach((key, f) -> {
            if (key.startsWith(factor + "/")) {
                f.forEach(flag -> {
                    String text = key.substring(factor.length() + 1) + " " + SHORT.get(flag);
                    if (!flags.contains(text)) {
                        flags.add(text);
                    }
                });
            }
        });
        return flags.isEmpty() ? shown : shown + " [! " + String.join(", ", flags) + "]";
    }

    /** A subtitle tail explaining the labels, when any index is flagged. */
    String flagLegend(String output) {
        boolean any = byOutput.get(output).flags().values().stream().anyMatch(f -> !f.isEmpty());
        return any ? "; [! …] flags: <0 negative, >1 above 1, S1>ST, wide = too wide to rank" : "";
    }

    JFreeChart convergenceChart(String output, OutputTitles titles, String title, List<String> indices, List<String> labels) {
        Entry e = byOutput.get(output);
        List<ConvergenceChart.Panel> panels = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            String index = indices.get(i);
            List<ConvergenceChart.Track> tracks = new ArrayList<>();
            for (IndexEstimate fin : e.finals()) {
                if (!fin.index().equals(index)) {
                    continue;
                }
                List<IndexEstimate> steps = e.convergence().stream()
                        .filter(x -> x.index().equals(index) && x.factor().equals(fin.factor())).toList();
                tracks.add(new ConvergenceChart.Track(words.getOrDefault(fin.factor(), fin.factor()), steps.stream().mapToInt(IndexEstimate::samples).toArray(),
                        steps.stream().mapToDouble(IndexEstimate::estimate).toArray(),
                        steps.stream().mapToDouble(IndexEstimate::low).toArray(),
                        steps.stream().mapToDouble(IndexEstimate::high).toArray()));
            }
            panels.add(new ConvergenceChart.Panel(index, labels.get(i), tracks));
        }
        return ConvergenceChart.create("Convergence of the indices of " + titles.inSentence(output), title + " — " + method
                + " estimates and bootstrap 95 % intervals on the first 1/8, 1/4, 1/2 and all " + samplesName,
                samplesName + " used", panels);
    }

    /** The widest interval the report plans for, on the scale of the output's indices. */
    private double target(Entry e) {
        return SensitivityDiagnostics.TARGET_HALF_WIDTH * SensitivityDiagnostics.scale(e.finals());
    }

    double samplesNeeded(String output) {
        Entry e = byOutput.get(output);
        return SensitivityDiagnostics.samplesNeeded(e.convergence(), target(e));
    }

    NoiseShare noise(String output) {
        return byOutput.get(output).noise();
    }

    Map<String, List<String>> flags(String output) {
        return byOutput.get(output).flags();
    }

    void write(Path dir) {
        CsvFiles.write(dir.resolve("sensitivity.csv"), csv -> {
            csv.printRecord("output", "factor", "index", "estimate", "ci95_low", "ci95_high", "flags");
            for (Map.Entry<String, Entry> oe : byOutput.entrySet()) {
                String output = oe.getKey();
                Entry e = oe.getValue();
                for (IndexEstimate x : e.finals()) {
                    csv.printRecord(output, x.factor(), x.index(), CsvFiles.num(x.estimate()), CsvFiles.num(x.low()),
                            CsvFiles.num(x.high()),
                            String.join("; ", e.flags().get(SensitivityDiagnostics.key(x))));
                }
                csv.printRecord(output, "(replicates)", "noise_share", CsvFiles.num(e.noise().ofRuns()), "NA", "NA", "");
                csv.printRecord(output, "(replicates)", "noise_share_of_means", CsvFiles.num(e.noise().ofMeans()), "NA",
                        "NA", "");
            }
        });
        CsvFiles.write(dir.resolve("convergence.csv"), csv -> {
            csv.printRecord("output", "factor", "index", samplesName.replace(' ', '_'), "estimate", "ci95_low", "ci95_high");
            for (Map.Entry<String, Entry> oe : byOutput.entrySet()) {
                for (IndexEstimate x : oe.getValue().convergence()) {
                    csv.printRecord(oe.getKey(), x.factor(), x.index(), x.samples(), CsvFiles.num(x.estimate()),
                            CsvFiles.num(x.low()), CsvFiles.num(x.high()));
                }
            }
        });
    }

    /** The report's section: per output, the noise share, the flagged indices and the samples needed. */
    String html() {
        HtmlPage page = new HtmlPage("");
        page.heading(2, "How far to trust the sensitivity indices");
        page.paragraph(method + " indices are computed on each design point's replicate mean, so replicate noise is"
                + " averaged out before they are estimated; what is left of it shows as noise share of the means."
                + " Flags: negative (the whole interval below 0), above 1 (more than all the variance), S1 > ST (the"
                + " first-order interval wholly above the total one), too wide to rank (half-width above "
                + (int) (100 * SensitivityDiagnostics.WIDE) + " % of the scale, or an interval overlapping the next"
                + " factor's in the ranking). The samples needed are extrapolated from the convergence, the widest"
                + " half-width falling as 1/√(" + samplesName + ").");
        List<List<String>> rows = new ArrayList<>();
        byOutput.forEach((output, e) -> {
            List<String> flagged = new ArrayList<>();
            e.flags().forEach((key, f) -> {
                if (!f.isEmpty()) {
                    flagged.add(key.replace('/', ' ') + ": " + String.join(", ", f));
                }
            });
            double needed = samplesNeeded(output);
            String plan = Double.isNaN(needed) ? "no intervals"
                    : String.format(Locale.ROOT, "±%s: about %,.0f %s (%,.0f runs at %s replicates a point; now %,d)",
                    Discovery.number(target(e)), needed, samplesName, needed * pointsPerSample * e.noise().replicates(),
                    Discovery.number(e.noise().replicates()), samples);
            rows.add(List.of(output, percentOrNa(e.noise().ofRuns()), percentOrNa(e.noise().ofMeans()),
                    flagged.isEmpty() ? "none" : String.join("; ", flagged), plan));
        });
        page.table(List.of("output", "noise share of single runs", "noise share of the means", "flagged indices",
                "for every interval within"), rows);
        return page.body();
    }

    private static String percentOrNa(double share) {
        return Double.isNaN(share) ? "NA (one run a point)" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

}

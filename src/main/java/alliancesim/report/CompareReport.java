package alliancesim.report;

import alliancesim.stats.Intervals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** report.html of a comparison folder: the folders, warnings, the statistics table and the charts. */
final class CompareReport {
    private CompareReport() {
    }

    static void write(Path out, List<ResultFolder> folders, List<String> labels, List<String> warnings,
                      List<Comparison.Row> rows) {
        HtmlPage page = new HtmlPage("Comparison: " + String.join(" vs ", labels));
        page.heading(1, "Comparison: " + String.join(" vs ", labels));
        page.paragraph("Final values of each result folder compared pairwise: the difference b − a with its "
                + Intervals.LABEL + " confidence interval (a difference whose interval includes 0 is marked "
                + Intervals.WITHIN_NOISE + ", as whatif marks it). Folders whose runs share seeds are paired run for run,"
                + " as whatif pairs them: the mean paired difference, the paired t-test and the Wilcoxon signed-rank test."
                + " Independent runs are compared as independent samples: Welch's interval and t-test, the Mann–Whitney U"
                + " test, Cohen's d (not shown where the pooled sd is about 0 or the samples do not overlap) and Cliff's delta.");
        for (String pairing : rows.stream().map(r -> r.a() + " vs " + r.b() + ": " + r.pairing()).distinct().toList()) {
            page.paragraph(pairing + ".");
        }
        for (String w : warnings) {
            page.raw("<p class='warn'>Warning: " + Html.escape(w) + "</p>\n");
        }
        List<List<String>> table = new ArrayList<>();
        for (Comparison.Row r : rows) {
            table.add(List.of(folders.get(0).titles().title(r.output()) + " (" + r.unit() + ")", r.a(), r.b(), r.isPaired() ? "paired" : "unpaired",
                    Change.num(r.meanA()), Change.num(r.meanB()),
                    Change.num(r.difference()) + (r.clear() ? "" : " " + Intervals.WITHIN_NOISE),
                    Change.num(r.low()) + " to " + Change.num(r.high()), r.tTest() + ": " + p(r.tP()),
                    r.rankTest() + ": " + p(r.rankP()), orDash(r.cohensD()), orDash(r.cliffsDelta())));
        }
        page.table(List.of("output", "a", "b", "pairing", "mean a", "mean b", "difference", Intervals.LABEL + " CI", "t-test p",
                "rank test p", "Cohen's d", "Cliff's delta"), table);
        // Charts grouped by output, in the order of the outputs (the README's), each output's overlay then its boxes.
        List<String> outputs = rows.stream().map(Comparison.Row::output).distinct().toList();
        List<Path> pngs = RunReport.charts(out);
        for (String output : outputs) {
            page.heading(2, folders.get(0).titles().title(output));
            for (String kind : List.of("overlay-", "box-")) {
                pngs.stream().filter(p -> p.getFileName().toString().equals(kind + output + ".png"))
                        .forEach(p -> page.image(p, p.getFileName().toString()));
            }
        }
        for (int i = 0; i < folders.size(); i++) {
            ResultFolder f = folders.get(i);
            page.heading(2, labels.get(i) + ": " + f.title());
            page.paragraph(String.valueOf(f.scenario().description()));
            page.table(List.of("fact", "value"), RunReport.facts(f));
            page.table(List.of("month", "date", "event", "changes"), RunReport.events(f.scenario()));
        }
        page.heading(2, "Parameters");
        page.table(parameterHeader(labels), parameterRows(folders));
        page.write(out.resolve("report.html"));
    }

    private static List<String> parameterHeader(List<String> labels) {
        List<String> h = new ArrayList<>(List.of("parameter"));
        h.addAll(labels);
        h.add("provenance");
        return h;
    }

    /** One row per parameter with each folder's value, the rows that differ first. */
    private static List<List<String>> parameterRows(List<ResultFolder> folders) {
        Map<String, Double> first = folders.get(0).manifest().parametersOrNone();
        Map<String, String> provenance = folders.get(0).manifest().provenanceOrNone();
        List<List<String>> differ = new ArrayList<>();
        List<List<String>> same = new ArrayList<>();
        for (String key : first.keySet()) {
            List<String> row = new ArrayList<>(List.of(key));
            for (ResultFolder f : folders) {
                Map<String, Double> values = f.manifest().parametersOrNone();
                row.add(values.containsKey(key) ? RunReport.value(values.get(key)) : "—");
            }
            row.add(String.valueOf(provenance.getOrDefault(key, "see docs/parameters.md")));
            boolean allSame = row.subList(1, 1 + folders.size()).stream().distinct().count() == 1;
            (allSame ? same : differ).add(row);
        }
        differ.addAll(same);
        return differ;
    }

    private static String orDash(double v) {
        return Double.isNaN(v) ? "—" : Change.num(v);
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "NA" : v < 0.0001 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}

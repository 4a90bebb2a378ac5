package alliancesim.report;

import alliancesim.stats.TwoSampleComparison;
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
        page.paragraph("Final values of each result folder compared pairwise: difference of means (b − a) with a Welch"
                + " 95 % confidence interval, Welch's t-test and Mann–Whitney U p-values, Cohen's d and Cliff's delta.");
        for (String w : warnings) {
            page.raw("<p class='warn'>Warning: " + Html.escape(w) + "</p>\n");
        }
        List<List<String>> table = new ArrayList<>();
        for (Comparison.Row r : rows) {
            TwoSampleComparison s = r.stats();
            table.add(List.of(Labels.title(r.output()) + " (" + r.unit() + ")", r.a(), r.b(), Change.num(s.meanA()), Change.num(s.meanB()),
                    Change.num(s.difference()), Change.num(s.ciLow()) + " to " + Change.num(s.ciHigh()), p(s.welchP()),
                    p(s.mannWhitneyP()), Change.num(s.cohensD()), Change.num(s.cliffsDelta())));
        }
        page.table(List.of("output", "a", "b", "mean a", "mean b", "difference", "95 % CI", "Welch p", "Mann–Whitney p",
                "Cohen's d", "Cliff's delta"), table);
        // Charts grouped by output, in the order of the outputs (the README's), each output's overlay then its boxes.
        List<String> outputs = rows.stream().map(Comparison.Row::output).distinct().toList();
        List<Path> pngs = RunReport.charts(out);
        for (String output : outputs) {
            page.heading(2, Labels.title(output));
            for (String kind : List.of("overlay-", "box-")) {
                pngs.stream().filter(p -> p.getFileName().toString().equals(kind + output + ".png"))
                        .forEach(p -> page.image(p, p.getFileName().toString()));
            }
        }
        for (int i = 0; i < folders.size(); i++) {
            ResultFolder f = folders.get(i);
            page.heading(2, labels.get(i) + ": " + f.title());
            page.paragraph(String.valueOf(f.scenario().getOrDefault("description", "")));
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
    @SuppressWarnings("unchecked")
    private static List<List<String>> parameterRows(List<ResultFolder> folders) {
        Map<String, Object> first = (Map<String, Object>) folders.get(0).manifest().getOrDefault("parameters", Map.of());
        Map<String, Object> provenance = (Map<String, Object>) folders.get(0).manifest().getOrDefault("provenance", Map.of());
        List<List<String>> differ = new ArrayList<>();
        List<List<String>> same = new ArrayList<>();
        for (String key : first.keySet()) {
            List<String> row = new ArrayList<>(List.of(key));
            for (ResultFolder f : folders) {
                Map<String, Object> values = (Map<String, Object>) f.manifest().getOrDefault("parameters", Map.of());
                row.add(values.containsKey(key) ? RunReport.value(values.get(key)) : "—");
            }
            row.add(String.valueOf(provenance.getOrDefault(key, "see docs/parameters.md")));
            boolean allSame = row.subList(1, 1 + folders.size()).stream().distinct().count() == 1;
            (allSame ? same : differ).add(row);
        }
        differ.addAll(same);
        return differ;
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "NA" : v < 0.0001 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}

package alliancesim.report;

import alliancesim.stats.TwoSampleComparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** report.html of a comparison folder: the folders, warnings, the statistics table and the charts. */
final class CompareReport {
    private CompareReport() {
    }

    static void write(Path out, List<String> labels, List<String> warnings, List<Comparison.Row> rows) {
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
            table.add(List.of(r.output(), r.a(), r.b(), Change.num(s.meanA()), Change.num(s.meanB()),
                    Change.num(s.difference()), Change.num(s.ciLow()) + " to " + Change.num(s.ciHigh()), p(s.welchP()),
                    p(s.mannWhitneyP()), Change.num(s.cohensD()), Change.num(s.cliffsDelta())));
        }
        page.table(List.of("output", "a", "b", "mean a", "mean b", "difference", "95 % CI", "Welch p", "Mann–Whitney p",
                "Cohen's d", "Cliff's delta"), table);
        page.heading(2, "Charts");
        for (Path png : RunReport.charts(out)) {
            page.image(png, png.getFileName().toString());
        }
        page.write(out.resolve("report.html"));
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "NA" : v < 0.0001 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}

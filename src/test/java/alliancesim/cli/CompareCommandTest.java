package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void twoRuns() {
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "6", "--out", dir.resolve("a").toString()).code());
        assertEquals(0, Cli.run("run", "scenarios/china-restrains.yaml", "--replications", "6", "--out",
                dir.resolve("b").toString()).code());
    }

    @Test
    void compareWritesStatisticsChartsAndAReport() throws IOException {
        Path out = dir.resolve("cmp");
        Cli r = Cli.run("compare", dir.resolve("a").toString(), dir.resolve("b").toString(), "--out", out.toString(),
                "--outputs", "front_balance,shells_transferred");
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        assertEquals(3, csv.size());
        assertTrue(csv.get(1).startsWith("front_balance,index -1..1,baseline,china-restrains,paired on 6 shared seeds,6,6,"),
                csv.get(1));
        assertTrue(r.out().contains("baseline vs china-restrains: paired on 6 shared seeds"), r.out());
        for (String f : List.of("charts/overlay-front_balance.png", "charts/overlay-front_balance.svg",
                "charts/box-shells_transferred.png", "charts/box-shells_transferred.svg", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 500, f);
        }
        assertSelfContained(out.resolve("report.html"), 4);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("an estimated 11,000 troops"), "parameter provenance");
        assertTrue(html.indexOf("china.facilitation") < html.indexOf("economy.growth.rus"),
                "parameters that differ between the folders come first");
    }

    /** The README's analyst flow gives whatif's answer: run, run with the change, compare = whatif on the same seeds. */
    @Test
    void aPairedCompareOfTwoRunFoldersEqualsWhatIf() throws IOException {
        String[] change = {"--set", "china.facilitation=0.1", "--set", "sanctions.secondary=0.7"};
        Path changed = dir.resolve("changed");
        Path whatif = dir.resolve("whatif");
        Path cmp = dir.resolve("cmp-paired");
        assertEquals(0, Cli.run(cat(new String[] {"run", "scenarios/baseline.yaml", "--replications", "6", "--out",
                changed.toString()}, change)).code());
        assertEquals(0, Cli.run(cat(new String[] {"whatif", "scenarios/baseline.yaml", "--replications", "6", "--out",
                whatif.toString()}, change)).code());
        Cli r = Cli.run("compare", dir.resolve("a").toString(), changed.toString(), "--out", cmp.toString());
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, java.util.Map<String, String>> compared = byOutput(cmp.resolve("compare.csv"));
        java.util.Map<String, java.util.Map<String, String>> whatIf = byOutput(whatif.resolve("summary.csv"));
        assertEquals(whatIf.keySet(), compared.keySet());
        for (String output : whatIf.keySet()) {
            java.util.Map<String, String> c = compared.get(output);
            java.util.Map<String, String> w = whatIf.get(output);
            assertEquals("paired on 6 shared seeds", c.get("pairing"), output);
            for (String[] col : new String[][] {{"difference", "difference"}, {"ci90_low", "ci90_low"},
                {"ci90_high", "ci90_high"}, {"within_noise", "within_noise"}, {"mean_a", "before_mean"},
                {"mean_b", "after_mean"}}) {
                assertEquals(w.get(col[1]), c.get(col[0]), output + " " + col[0]);
            }
            assertEquals("NA", c.get("cohens_d"), "no Cohen's d for a paired comparison");
        }
        assertTrue(r.out().contains("90 % CI"), r.out());
    }

    @Test
    void runsOnOtherSeedsAreComparedAsIndependent() throws IOException {
        Path other = dir.resolve("other-seed");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "6", "--seed", "7", "--out",
                other.toString()).code());
        Cli r = Cli.run("compare", dir.resolve("a").toString(), other.toString(), "--out", dir.resolve("cmp-unpaired").toString(),
                "--outputs", "front_balance");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("unpaired: the runs are independent"), r.out());
        List<String> csv = Files.readAllLines(dir.resolve("cmp-unpaired/compare.csv"));
        assertTrue(csv.get(1).contains(",unpaired: the runs are independent,6,6,"), csv.get(1));
        assertTrue(csv.get(1).contains(",Welch t,") && csv.get(1).contains(",Mann-Whitney U,"), csv.get(1));
    }

    private static String[] cat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A CSV file's rows by their output. */
    private static java.util.Map<String, java.util.Map<String, String>> byOutput(Path csv) throws IOException {
        java.util.Map<String, java.util.Map<String, String>> rows = new java.util.LinkedHashMap<>();
        try (var in = Files.newBufferedReader(csv)) {
            for (var rec : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in)) {
                rows.put(rec.get("output"), rec.toMap());
            }
        }
        return rows;
    }

    @Test
    void runReportEmbedsEveryChartAndShowsProvenance() throws IOException {
        Path report = dir.resolve("a").resolve("report.html");
        assertSelfContained(report, 15);
        String html = Files.readString(report);
        assertTrue(html.contains("Baseline: the Russia-North Korea alliance"), "title");
        assertTrue(html.contains("an estimated 11,000 troops"), "provenance quote");
        assertTrue(html.contains("PRK troops to Kursk"), "events");
    }

    @Test
    void reportAndChartRebuildFromTheSavedFiles() throws IOException {
        Path a = dir.resolve("a");
        Files.delete(a.resolve("report.html"));
        Files.delete(a.resolve("charts/fan-front_balance.png"));
        assertEquals(0, Cli.run("chart", a.toString()).code());
        assertTrue(Files.exists(a.resolve("charts/fan-front_balance.png")));
        assertEquals(0, Cli.run("report", a.toString()).code());
        assertSelfContained(a.resolve("report.html"), 15);
    }

    @Test
    void differentModelVersionsAreComparedWithAWarning() throws IOException {
        Path c = baselineWithManifest("c", "\"git_commit\" : \"[^\"]*\"", "\"git_commit\" : \"0000000\"");
        Cli r = compareFrontBalance(c, "cmp2");
        assertTrue(r.err().contains("warning: model version differs"), r.err());
        assertTrue(Files.readString(dir.resolve("cmp2/report.html")).contains("Warning: model version differs"));
    }

    /** Folders whose records end in different months get overlays without a projection, and a warning. */
    @Test
    void differentRecordEndsAreComparedWithoutAProjectionAndAWarning() throws IOException {
        Path d = baselineWithManifest("d", "\"record_ends\" : \"2026-02\"", "\"record_ends\" : \"2025-06\"");
        Cli r = compareFrontBalance(d, "cmp3");
        assertTrue(r.err().contains("warning: the record ends differ (baseline (a) 2026-02, baseline (d) 2025-06)"),
                r.err());
        Cli same = compareFrontBalance(dir.resolve("b"), "cmp4");
        assertFalse(same.err().contains("record ends"), "baseline and china-restrains share the record: " + same.err());
    }

    @Test
    void aFolderThatIsNotAResultFolderIsAClearError() {
        Cli r = Cli.run("compare", dir.resolve("a").toString(), dir.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not a result folder"), r.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    /** Folder a against {@code other} on front_balance, into {@code out}; it succeeds. */
    private static Cli compareFrontBalance(Path other, String out) {
        Cli r = Cli.run("compare", dir.resolve("a").toString(), other.toString(), "--out", dir.resolve(out).toString(),
                "--outputs", "front_balance");
        assertEquals(0, r.code(), r.err());
        return r;
    }

    /** A baseline run of 4 replications into {@code name}, its manifest then edited (regex to replacement). */
    private static Path baselineWithManifest(String name, String regex, String replacement) throws IOException {
        Path folder = dir.resolve(name);
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "4", "--out", folder.toString()).code());
        Path manifest = folder.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst(regex, replacement));
        return folder;
    }

    /** Every image is embedded (no file or network reference) and every table cell is filled. */
    static void assertSelfContained(Path report, int minImages) throws IOException {
        String html = Files.readString(report);
        Matcher img = Pattern.compile("<img [^>]*src='([^']*)'").matcher(html);
        int images = 0;
        while (img.find()) {
            assertTrue(img.group(1).startsWith("data:image/png;base64,iVBOR"), "embedded PNG");
            images++;
        }
        assertTrue(images >= minImages, images + " images");
        assertFalse(html.contains("<td></td>"), "empty table cell");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"), "no network");
        assertTrue(html.contains("<table>"));
    }
}

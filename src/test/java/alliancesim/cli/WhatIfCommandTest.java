package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfCommandTest {
    @TempDir
    Path dir;

    private String whatif(Path out, String... sets) {
        return whatifOn("scenarios/baseline.yaml", out, sets);
    }

    private String whatifOn(String scenario, Path out, String... sets) {
        List<String> args = new java.util.ArrayList<>(List.of("whatif", scenario, "--replications", "8",
                "--out", out.toString()));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, code, e.toString());
        return o.toString();
    }

    /** summary.csv row for an output: difference and its interval. */
    private static double[] difference(Path out, String output) throws IOException {
        for (String line : Files.readAllLines(out.resolve("summary.csv"))) {
            String[] f = line.split(",");
            if (f[0].equals(output)) {
                return new double[] {Double.parseDouble(f[7]), Double.parseDouble(f[8]), Double.parseDouble(f[9])};
            }
        }
        throw new AssertionError(output + " not in summary.csv");
    }

    @Test
    void aChangeOfNothingGivesExactlyZero() throws IOException {
        Path out = dir.resolve("none");
        String printed = whatif(out, "sanctions.secondary=0.3");
        for (String output : List.of("front_balance", "regional_tension", "crises", "prk_capability")) {
            double[] d = difference(out, output);
            assertEquals(0.0, d[0], 0.0, output);
            assertEquals(0.0, d[1], 0.0, output);
            assertEquals(0.0, d[2], 0.0, output);
        }
        assertTrue(printed.contains("front_balance in 2027-12 (month 51): "), printed);
        // The arms' manifests carry which outputs may be negative, as the model declares it, and the
        // report reads that: the front balance gets no relative move, territory (one-way now) and a stock do.
        alliancesim.report.ResultFolder before = alliancesim.report.ResultFolder.open(out.resolve("before"));
        for (alliancesim.model.Output o : alliancesim.model.Output.all()) {
            assertEquals(o.eitherSign(), before.eitherSign(o.key(), "no unit"), o.key());
        }
        assertTrue(before.eitherSign("front_balance", "index -1..1") && !before.eitherSign("prk_shell_stock", "shells"));
        assertTrue(Files.readString(out.resolve("before/runs.csv")).equals(Files.readString(out.resolve("after/runs.csv"))));
    }

    @Test
    void seedAndMonthsApplyToBothArmsAndTheFolderNameSaysWhatChanged() throws IOException {
        Path out = dir.resolve("short");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new String[] {"whatif", "scenarios/baseline.yaml", "--replications", "4", "--months", "6",
            "--seed", "7", "--set", "sanctions.secondary=0.7", "--out", out.toString()}, new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, code, e.toString());
        assertTrue(Files.readAllLines(out.resolve("summary.csv")).get(1).contains(",2024-02,5,4,"), "month 5 of 6, 4 runs");
        for (String arm : List.of("before", "after")) {
            String manifest = Files.readString(out.resolve(arm + "/manifest.json"));
            assertTrue(manifest.contains("\"scenario_seed\" : 7"), arm);
        }
        // 0d2d629f: the first 8 hex digits of `printf 'china.facilitation=0.1\nsanctions.secondary=0.7' | sha256sum`
        assertEquals("china.facilitation-0.1_sanctions.secondary-0.7-0d2d629f",
                WhatIfCommand.folderWords(List.of("china.facilitation=0.1", "sanctions.secondary=0.7")));
    }

    /** Four changes whose words pass the cut differ only in the fourth: their folders differ all the same. */
    @Test
    void changesCutShortStillGetTheirOwnFolders() {
        List<String> three = List.of("munitions.prk_export_share=0.1", "sanctions.secondary=0.7", "china.facilitation=0.2500");
        String a = WhatIfCommand.folderWords(java.util.stream.Stream.concat(three.stream(), java.util.stream.Stream.of(
                "troops.prk_to_rus=0")).toList());
        String b = WhatIfCommand.folderWords(java.util.stream.Stream.concat(three.stream(), java.util.stream.Stream.of(
                "troops.prk_to_rus=20000")).toList());
        assertTrue(String.join("_", three).length() + 1 >= WhatIfCommand.WORDS, "the fourth change is past the cut");
        assertEquals(a.substring(0, WhatIfCommand.WORDS), b.substring(0, WhatIfCommand.WORDS));
        assertNotEquals(a, b);
        assertNotEquals(WhatIfCommand.folderWords(List.of("x=1/2")), WhatIfCommand.folderWords(List.of("x=1:2")));
    }

    @Test
    void cuttingNorthKoreanExportsLowersShellsAndTheFront() throws IOException {
        // Russia's own production refills its stock within a year and its purchases stop by mid-2025 in the
        // baseline: the first six months, while Russia rations a low stock, show the cut at the front.
        Path firstYear = dir.resolve("first-year.yaml");
        Files.writeString(firstYear, Files.readString(Path.of("scenarios/baseline.yaml")).replace("months: 52                      # to 2027-12", "months: 6").replace("record_ends: 2026-02", "record_ends: 2024-02").replace("posterior: ../seeds", "posterior: " + Path.of("seeds").toAbsolutePath()).replace("hindcast: ../seeds", "hindcast: " + Path.of("seeds").toAbsolutePath()).replaceAll("(?s)  - month: 8.*", ""));
        Path out = dir.resolve("cut");
        whatifOn(firstYear.toString(), out, "munitions.prk_export_share=0.1");
        double[] shells = difference(out, "shells_transferred");
        double[] front = difference(out, "front_balance");
        assertTrue(shells[2] < 0, "shells fall: " + shells[0]);
        assertTrue(front[2] < 0, "front moves towards Ukraine: " + front[0]);
        for (String f : List.of("summary.png", "summary.html", "charts/overlay-front_balance.png",
                "charts/overlay-front_balance.svg", "before/manifest.json", "after/timeseries.csv")) {
            assertTrue(Files.size(out.resolve(f)) > 500, f);
        }
        String html = Files.readString(out.resolve("summary.html"));
        assertTrue(html.contains("data:image/png;base64,"), "charts embedded");
        CompareCommandTest.assertSelfContained(out.resolve("report.html"), 15);
        assertTrue(Files.readString(out.resolve("report.html")).contains("an estimated 11,000 troops"), "provenance");
    }
}

package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private static String readDocs() {
        try {
            return Files.readString(Path.of("docs/parameters.md"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void runWritesResultsChartsAndATableOfFinalValues() throws IOException {
        Path out = dir.resolve("baseline");
        Cli r = Cli.run("run", "scenarios/baseline.yaml", "--replications", "8", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Results in " + out), r.out());
        assertTrue(r.out().contains("front_balance"), r.out());
        for (String f : new String[] {"manifest.json", "runs.csv", "timeseries.csv", "charts/fan-front_balance.png",
                "charts/fan-front_balance.svg", "charts/fan-regional_tension.png"}) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        assertEquals(9, Files.readAllLines(out.resolve("runs.csv")).size());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"command\" : \"alliance-sim run scenarios/baseline.yaml --replications 8"), manifest);
        assertTrue(manifest.contains("\"troops.prk_to_rus\" : 11000.0"));
        assertEquals(java.util.Optional.of(java.time.YearMonth.of(2026, 2)),
                alliancesim.report.ResultFolder.open(out).recordEnds(), "the manifest keeps the record's end");
    }

    /** The table's last line says the months after the record's end are a projection, when the run reaches them. */
    @Test
    void runSaysWhenItsHorizonIsAProjection() {
        String line = "Months after 2026-02 are a projection under today's policies (record_ends in the scenario),"
                + " not a forecast.";
        Cli past = Cli.run("run", "scenarios/baseline.yaml", "--replications", "2", "--out", dir.resolve("p").toString());
        assertEquals(0, past.code(), past.err());
        String table = past.out().substring(past.out().indexOf("Final values at month"));
        // last, under the final values and the flows' totals
        assertTrue(table.contains("Flows by their totals") && table.strip().endsWith(line), table);
        Cli within = Cli.run("run", "scenarios/baseline.yaml", "--replications", "2", "--months", "30", "--out",
                dir.resolve("w").toString());
        assertEquals(0, within.code(), within.err());
        assertTrue(within.out().contains("Final values at month 29 (2026-02)"), within.out());
        assertFalse(within.out().contains("projection"), "a run that ends with the record projects nothing");
    }

    @Test
    void runIsByteIdenticalForTheSameSeed() throws IOException {
        Cli.run("run", "scenarios/baseline.yaml", "--replications", "4", "--seed", "9", "--out", dir.resolve("a").toString());
        Cli.run("run", "scenarios/baseline.yaml", "--replications", "4", "--seed", "9", "--threads", "1", "--out",
                dir.resolve("b").toString());
        for (String f : new String[] {"runs.csv", "timeseries.csv", "charts/fan-front_balance.png",
                "charts/fan-front_balance.svg"}) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f))), f);
        }
    }

    @Test
    void setOverridesAndBadSetIsInvalidInput() {
        Cli bad = Cli.run("run", "scenarios/baseline.yaml", "--set", "sanctions.presure.rus=0.9", "--out", dir.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("did you mean 'sanctions.pressure.rus'"), bad.err());
        assertFalse(Files.exists(dir.resolve("runs.csv")), "nothing runs on bad input");
    }

    @Test
    void invalidScenarioExitsTwoWithFileAndLine() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: bad\ntitle: Bad\nset:\n  sanctions.enforcement: 7\n");
        Cli v = Cli.run("validate", f.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().contains("bad.yaml:4: sanctions.enforcement = 7 is out of range"), v.err());
        Cli r = Cli.run("run", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void validateReportsEveryFileNotOnlyTheFirstInvalidOne() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\ntitle: Bad\nset:\n  sanctions.enforcement: 7\n");
        Path missing = dir.resolve("missing.yaml");
        Cli v = Cli.run("validate", bad.toString(), "scenarios/baseline.yaml", missing.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().contains("bad.yaml:4"), v.err());
        assertTrue(v.err().contains("missing.yaml"), v.err());
        assertTrue(v.out().contains("ok  scenarios/baseline.yaml"), v.out());
        assertTrue(v.err().contains("2 of 3 files invalid"), v.err());
    }

    @Test
    void bareCommandPrintsUsageAndExitsTwo() {
        Cli bare = Cli.run();
        assertEquals(2, bare.code());
        assertTrue(bare.err().contains("Usage: alliance-sim"), bare.err());
    }

    @Test
    void validateAcceptsTheShippedScenarios() {
        Cli v = Cli.run("validate", "scenarios/baseline.yaml", "scenarios/sanctions-tightened.yaml");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().startsWith("ok  scenarios/baseline.yaml"));
    }

    @Test
    void paramsPrintsMarkdownAndCsv() {
        Cli md = Cli.run("params");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("| name | unit | default | range | sweep | kind | description |"));
        assertTrue(readDocs().contains(md.out()), "docs/parameters.md is stale: regenerate it with ./alliance-sim params");
        Cli csv = Cli.run("params", "--format", "csv");
        assertTrue(csv.out().startsWith("name,unit,default,min,max"));
    }
}

package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `calibrate` end to end, and `run --posterior` with what it made. */
class CalibrateCommandTest {
    static final String SCENARIO = "src/test/resources/calibrate/calibrate-example.yaml";
    static final String TARGETS = "src/test/resources/calibrate/targets-example.yaml";

    @TempDir
    Path dir;

    @Test
    void calibratesWritesEveryFileAndRunsCarryThePosteriorForward() throws IOException {
        Path out = dir.resolve("cal");
        Cli r = Cli.run("calibrate", SCENARIO, "--targets", TARGETS, "--until", "2024-06", "--particles", "60",
                "--generations", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Cutoff 2024-06 (--until): 3 targets fitted (ending by it), 2 held out"), r.out());
        assertTrue(r.err().contains("generation 2: tolerance"), r.err());
        assertTrue(r.err().contains("ESS"), r.err());
        assertTrue(Files.readString(out.resolve("calibration.yaml")).contains("until: 2024-06"));
        for (String f : List.of("manifest.json", "posterior.csv", "generations.csv", "fit.csv", "parameters.csv",
                "predictive.csv", "report.html", "charts/pairs.png", "charts/pairs.svg",
                "charts/posterior-ties.decay.png", "charts/target-shells_transferred-cumulative-from-2023-09.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        assertEquals(61, Files.readAllLines(out.resolve("posterior.csv")).size());
        assertEquals(4, Files.readAllLines(out.resolve("generations.csv")).size());
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals(6, fit.size());
        assertTrue(fit.get(3).startsWith("rus-gdp-growth-2024,holdout,"), fit.get(3));
        assertTrue(fit.get(4).startsWith("tie-2024-06,fit,"), fit.get(4));
        assertTrue(Files.readString(out.resolve("report.html")).contains("What the data constrain"));
        String report = Files.readString(out.resolve("report.html"));
        Files.delete(out.resolve("report.html"));
        assertEquals(0, Cli.run("report", out.toString()).code(), "report DIR rebuilds a calibration's report");
        assertEquals(report, Files.readString(out.resolve("report.html")));

        Path run = dir.resolve("run");
        Cli rr = Cli.run("run", SCENARIO, "--posterior", out.resolve("posterior.csv").toString(), "--out", run.toString());
        assertEquals(0, rr.code(), rr.err());
        assertTrue(Files.readString(run.resolve("manifest.json")).contains("\"posterior\""));
        assertTrue(Files.readString(run.resolve("report.html")).contains("Parameters drawn from the posterior"));
        Path plain = dir.resolve("plain");
        Cli.run("run", SCENARIO, "--out", plain.toString());
        assertFalse(Files.readString(plain.resolve("runs.csv")).equals(Files.readString(run.resolve("runs.csv"))),
                "drawing from the posterior changes the runs");
        assertFalse(Files.readString(plain.resolve("manifest.json")).contains("\"posterior\""));
        // which particle each replicate drew (#22): a row of posterior.csv's 60, and NA without a posterior
        assertTrue(Files.readString(run.resolve("report.html")).contains("particle column names the particle each"));
        for (String row : Files.readAllLines(run.resolve("runs.csv")).subList(1, 4)) {
            int particle = Integer.parseInt(row.split(",")[3]);
            assertTrue(particle >= 0 && particle < 60, row);
        }
        assertTrue(Files.readAllLines(plain.resolve("runs.csv")).get(1).split(",")[3].equals("NA"));
    }

    @Test
    void aBadCutoffOrAnOldUseKeyExitsTwo() throws IOException {
        Cli r = Cli.run("calibrate", SCENARIO, "--targets", TARGETS, "--until", "June", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--until 'June' is not a calendar month"), r.err());
        Path old = dir.resolve("old.yaml");
        Files.writeString(old, Files.readString(Path.of(TARGETS)).replace("    source: \"example figure for tests\"\n",
                "    source: \"example figure for tests\"\n    use: fit\n"));
        Cli u = Cli.run("calibrate", SCENARIO, "--targets", old.toString(), "--out", dir.resolve("y").toString());
        assertEquals(2, u.code(), u.err());
        assertTrue(u.err().contains("old.yaml:11: 'use:' is no longer part of a target: remove use:; the cutoff of"
                + " calibrate --until decides"), u.err());
        assertFalse(Files.exists(dir.resolve("y")), "nothing ran");
    }

    @Test
    void badTargetsFileExitsTwoWithFileAndLine() throws IOException {
        Path bad = dir.resolve("targets.yaml");
        Files.writeString(bad, "targets:\n  - name: x\n    output: front_balanse\n    at: 2024-01\n    statistic: value\n"
                + "    value: 0\n    sd: 1\n    source: s\n    use: fit\n");
        Cli r = Cli.run("calibrate", SCENARIO, "--targets", bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("targets.yaml:3: unknown output 'front_balanse'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(dir.resolve("x")), "nothing ran");
        Cli p = Cli.run("run", SCENARIO, "--posterior", dir.resolve("nope.csv").toString());
        assertEquals(2, p.code(), p.err());
        assertTrue(p.err().contains("--posterior"), p.err());
    }
}

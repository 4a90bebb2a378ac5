package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate prints a job's size; validate, run and sweep refuse a job too big to hold or to write, before it runs. */
class JobSizeCommandTest {
    @TempDir
    Path dir;

    @Test
    void validatePrintsRunsAndOutputSize() {
        Cli v = Cli.run("validate", "scenarios/sanctions-vs-deterrence.yaml");
        assertEquals(0, v.code(), v.err());
        // 5 x 5 grid x 10 replications; a run is the scenario's 10 replications of one point.
        assertTrue(v.out().contains("    run: 1 point, 10 runs; about "), v.out());
        assertTrue(v.out().contains("    sweep: 25 design points, 250 runs; about "), v.out());
        assertTrue(v.out().contains(" of runs.csv and "), v.out());
    }

    /**
     * A sweep of few replications a point whose timeseries.csv holds every output is told how small
     * the scenario's own outputs would keep it: where-ukraine-holds, 300 points x 4 replicates, 5 of
     * all the outputs. Its rows are all of one size, so that share of the file is what the note must say;
     * the sensitivity sweep keeps its outputs already and gets no note.
     */
    @Test
    void validateAdvisesKeepingTheScenariosOutputsWhenTimeseriesDwarfsRuns() throws IOException {
        // The shipped sweeps follow the advice: a copy of one without `timeseries: outputs` gets it.
        Path wide = dir.resolve("where-ukraine-holds.yaml");
        Files.writeString(wide, Files.readString(Path.of("scenarios/where-ukraine-holds.yaml"))
                .replaceAll("(?m)^  timeseries: outputs.*\n", ""));
        Cli v = Cli.run("validate", wide.toString(), "scenarios/sensitivity.yaml");
        assertEquals(0, v.code(), v.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("sweep: 300 design points, 1,200 runs; about [0-9.]+ KiB of"
                + " runs.csv and ([0-9.]+) MiB of timeseries.csv").matcher(v.out());
        assertTrue(m.find(), v.out());
        double all = Double.parseDouble(m.group(1));
        int outputs = alliancesim.model.Output.all().size();
        java.util.regex.Matcher note = java.util.regex.Pattern.compile("note: timeseries.csv summarizes all " + outputs + " outputs at"
                + " every point and month, ([0-9,]+) times the size of runs.csv.*keeps the scenario's 5 outputs \\(about"
                + " ([0-9.]+) MiB\\)").matcher(v.out());
        assertTrue(note.find(), v.out());
        assertEquals(all * 5 / outputs, Double.parseDouble(note.group(2)), 0.1, "5 of " + outputs + " outputs' rows");
        assertEquals(1, v.out().split("note: ", -1).length - 1, "one note, for where-ukraine-holds only: " + v.out());
        Cli shipped = Cli.run("validate", "scenarios/where-ukraine-holds.yaml", "scenarios/sanctions-vs-deterrence.yaml",
                "scenarios/sensitivity.yaml");
        assertFalse(shipped.out().contains("note: "), "the shipped sweeps keep their own outputs: " + shipped.out());
    }

    @Test
    void aGridOfATrillionPointsIsRefusedWithoutDrawingIt() throws IOException {
        Path f = dir.resolve("huge.yaml");
        Files.writeString(f, String.join("\n", "name: huge", "title: Too big", "sweep:", "  design: grid", "  factors:",
                "    sanctions.pressure.rus: { min: 0, max: 1, levels: 10000 }",
                "    sanctions.secondary: { min: 0, max: 1, levels: 10000 }",
                "    sanctions.enforcement: { min: 0, max: 1, levels: 10000 }") + "\n");
        for (String command : new String[] {"validate", "sweep"}) {
            Cli r = command.equals("validate") ? Cli.run(command, f.toString())
                    : Cli.run(command, f.toString(), "--out", dir.resolve("out").toString());
            assertEquals(2, r.code(), command + ": " + r.out() + r.err());
            assertTrue(r.err().contains("the design has 1,000,000,000,000 points"), r.err());
            assertFalse(Files.exists(dir.resolve("out")), "nothing ran");
        }
    }

    @Test
    void aJobLargerThanTheDiskIsRefused() throws IOException {
        // 100,000 points x 1,000,000 replications: 10^11 runs, some 20 TB of runs.csv.
        Path f = dir.resolve("vast.yaml");
        Files.writeString(f, String.join("\n", "name: vast", "title: Too much output", "replications: 1000000", "sweep:",
                "  design: random", "  samples: 100000", "  factors:", "    sanctions.secondary: { min: 0, max: 1 }") + "\n");
        Cli r = Cli.run("sweep", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("100,000,000,000 runs would write about"), r.err());
        assertTrue(r.err().contains("free"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing ran");
    }

    /** The disk check keeps room for the charts and report written after the runs: they fit in it. */
    @Test
    void theChartsAndReportFitTheRoomTheDiskCheckKeepsForThem() throws IOException {
        Path run = dir.resolve("run");
        Path sweep = dir.resolve("sweep");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "2", "--months", "4", "--out",
                run.toString()).code());
        assertEquals(0, Cli.run("sweep", "scenarios/sanctions-vs-deterrence.yaml", "--replications", "2", "--months", "4",
                "--out", sweep.toString()).code());
        for (Path folder : java.util.List.of(run, sweep)) {
            long bytes = Files.size(folder.resolve("report.html"));
            try (java.util.stream.Stream<Path> s = Files.walk(folder.resolve("charts"))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    bytes += Files.size(p);
                }
            }
            assertTrue(bytes > 1_000_000 && bytes < alliancesim.batch.JobSize.CHARTS_AND_REPORT_BYTES / 2,
                    folder + ": " + bytes + " bytes of charts and report");
        }
    }
}

package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that throws any Throwable but a JVM-wide emergency is one failed run; the sweep completes. */
class RunFailureTest {
    @TempDir
    Path dir;

    private static final RunContext CONTEXT = new RunContext("test", "unknown", "dev");

    private static Scenario grid() {
        return new ScenarioLoader().load(Path.of("scenarios/sanctions-vs-deterrence.yaml")).withReplications(3).withHorizon(6);
    }

    @Test
    void errorsOfOneRunAreRecordedWithTheirSeedAndTheSweepCompletes() throws IOException {
        Scenario s = grid();
        Map<Long, Throwable> faults = Map.of(
                SeedDerivation.runSeed(s.seed(), 2, 0), new AssertionError("invariant broken"),
                SeedDerivation.runSeed(s.seed(), 11, 2), new StackOverflowError(),
                SeedDerivation.runSeed(s.seed(), 24, 1), new ExceptionInInitializerError("static init"));
        Simulator faulty = (p, e, m, seed) -> {
            Throwable t = faults.get(seed);
            if (t instanceof Error err) {
                throw err;
            }
            return AllianceModel.simulate(p, e, m, seed);
        };
        // Chunks of 4 runs: the failures fall in different chunks, the first in the very first one.
        SweepRunner.Outcome outcome = new SweepRunner(2, faulty, 4).run(s, dir.resolve("f"), CONTEXT, Shard.ALL, false,
                n -> { });
        assertEquals(3, outcome.failed());
        assertEquals(75, outcome.runs());
        List<String> runs = Files.readAllLines(dir.resolve("f/runs.csv"));
        assertEquals(1 + 25 * 3, runs.size(), "every run has its row");
        assertTrue(runs.get(1 + 2 * 3).startsWith("2,0," + SeedDerivation.runSeed(s.seed(), 2, 0) + ","));
        assertTrue(runs.get(1 + 2 * 3).endsWith(",failed,AssertionError: invariant broken"), runs.get(7));
        assertTrue(runs.get(1 + 11 * 3 + 2).endsWith(",failed,StackOverflowError"));
        assertTrue(runs.get(1 + 24 * 3 + 1).endsWith(",failed,ExceptionInInitializerError: static init"));
        assertTrue(Files.readString(dir.resolve("f/progress.json")).contains("\"finished\":true"));
        // Point 2's summaries count its two good runs: 2 of 3.
        try (java.io.Reader in = Files.newBufferedReader(dir.resolve("f/timeseries.csv"))) {
            for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).get().parse(in)) {
                int point = Integer.parseInt(r.get("point"));
                assertEquals(point == 2 || point == 11 || point == 24 ? "2" : "3", r.get("n"), r.toString());
            }
        }
    }

    @Test
    void aJvmWideEmergencyStopsTheSweep() {
        Simulator exhausted = (p, e, m, seed) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        Throwable t = assertThrows(Throwable.class, () -> new SweepRunner(1, exhausted, 4).run(grid(), dir.resolve("oom"),
                CONTEXT, Shard.ALL, false, n -> { }));
        assertTrue(t instanceof OutOfMemoryError || t.getCause() instanceof OutOfMemoryError, t.toString());
    }
}

package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import alliancesim.model.Param;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job's size is known before it runs: points counted without drawing them, bytes estimated, too big refused. */
class JobSizeTest {
    @TempDir
    Path dir;

    private static final RunContext CONTEXT = new RunContext("test", "unknown", "dev");

    @Test
    void pointsAreCountedAsTheDesignsDrawThem() {
        List<SweepSpec.Factor> factors = List.of(
                new SweepSpec.Factor(Param.SANCTIONS_SECONDARY, List.of(), 0, 1, 4),
                new SweepSpec.Factor(Param.SANCTIONS_ENFORCEMENT, List.of(0.1, 0.2, 0.3), 0.1, 0.3, 3),
                new SweepSpec.Factor(Param.TROOPS_PRK_TO_RUS, List.of(), 0, 10_000, 3));
        for (SweepSpec.Design d : SweepSpec.Design.values()) {
            SweepSpec spec = new SweepSpec(d, 40, 4, factors);
            assertEquals(alliancesim.batch.design.Design.of(spec).points(factors, 1).size(), spec.pointCount(), d.key());
        }
        SweepSpec huge = new SweepSpec(SweepSpec.Design.GRID, 0, 0, List.of(
                new SweepSpec.Factor(Param.SANCTIONS_SECONDARY, List.of(), 0, 1, 10_000),
                new SweepSpec.Factor(Param.SANCTIONS_ENFORCEMENT, List.of(), 0, 1, 10_000),
                new SweepSpec.Factor(Param.SANCTIONS_PRESSURE_RUS, List.of(), 0, 1, 10_000)));
        assertEquals(1_000_000_000_000L, huge.pointCount());
    }

    @Test
    void countAndFlagFactorsAreDrawnWhole() {
        List<SweepSpec.Factor> factors = List.of(new SweepSpec.Factor(Param.MODEL_DETERMINISTIC, List.of(), 0, 1, 0),
                new SweepSpec.Factor(Param.TROOPS_PRK_TO_RUS, List.of(), 0, 10_000, 0));
        for (SweepSpec.Design d : List.of(SweepSpec.Design.RANDOM, SweepSpec.Design.LHS, SweepSpec.Design.SOBOL)) {
            for (double[] p : alliancesim.batch.design.Design.of(new SweepSpec(d, 50, 4, factors)).points(factors, 3)) {
                assertTrue(p[0] == 0 || p[0] == 1, d + ": flag " + p[0]);
                assertEquals(Math.rint(p[1]), p[1], d + ": count " + p[1]);
            }
        }
    }

    @Test
    void theEstimateIsCloseToWhatIsWritten() throws IOException {
        Scenario grid = new ScenarioLoader().load(Path.of("scenarios/sanctions-vs-deterrence.yaml")).withReplications(4)
                .withHorizon(12);
        new SweepRunner(2, Simulator.MODEL).run(grid, dir.resolve("s"), CONTEXT, Shard.ALL, false, n -> { });
        JobSize sweep = JobSize.sweep(grid, Shard.ALL);
        assertEquals(25, sweep.points());
        assertEquals(100, sweep.runs());
        assertNear(Files.size(dir.resolve("s/runs.csv")), sweep.runsCsvBytes());
        assertNear(Files.size(dir.resolve("s/timeseries.csv")), sweep.timeseriesBytes());
        Scenario base = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withReplications(40);
        new ScenarioRun(2, Simulator.MODEL).run(base, dir.resolve("r"), CONTEXT, n -> { });
        JobSize run = JobSize.run(base);
        assertNear(Files.size(dir.resolve("r/runs.csv")), run.runsCsvBytes());
        // The free-space check counts on runs.csv never being larger than its estimate (flows' totals included).
        assertTrue(run.runsCsvBytes() >= Files.size(dir.resolve("r/runs.csv")), run.runsCsvBytes() + " bytes estimated");
        assertTrue(sweep.runsCsvBytes() >= Files.size(dir.resolve("s/runs.csv")), sweep.runsCsvBytes() + " bytes estimated");
        assertNear(Files.size(dir.resolve("r/timeseries.csv")), run.timeseriesBytes());
        // A sweep that keeps only the scenario's outputs in timeseries.csv (`timeseries: outputs`).
        SweepSpec w = grid.sweep().orElseThrow();
        Scenario limited = new Scenario(grid.name(), grid.title(), grid.description(), grid.start(), grid.months(),
                grid.replications(), grid.seed(), grid.set(), grid.events(),
                java.util.Optional.of(new SweepSpec(w.design(), w.samples(), w.levels(), w.factors(), true)),
                grid.outputs(), grid.source(), grid.calibrate(), grid.posterior(), grid.precision(), grid.recordEnds(),
                grid.hindcast());
        new SweepRunner(2, Simulator.MODEL).run(limited, dir.resolve("o"), CONTEXT, Shard.ALL, false, n -> { });
        assertNear(Files.size(dir.resolve("o/timeseries.csv")), JobSize.sweep(limited, Shard.ALL).timeseriesBytes());
        assertEquals(java.util.stream.IntStream.range(0, 25).filter(new Shard(2, 3)::owns).count(),
                JobSize.sweep(grid, new Shard(2, 3)).pointsHere(), "shard 2/3 holds points 1, 4, ..., 22");
    }

    private static void assertNear(long actual, long estimate) {
        assertTrue(estimate >= 0.8 * actual && estimate <= 1.5 * actual, "estimate " + estimate + " for " + actual + " bytes");
    }

    @Test
    void aJobTooBigForMemoryOrDiskIsRefusedWithItsNumbers() {
        Scenario base = new ScenarioLoader().load(Path.of("scenarios/sanctions-vs-deterrence.yaml"));
        JobSize ok = JobSize.sweep(base, Shard.ALL);
        ok.check(dir, 1L << 30, Long.MAX_VALUE);
        InvalidInputException memory = assertThrows(InvalidInputException.class,
                () -> ok.check(dir, 2 * ok.designBytes() - 2, Long.MAX_VALUE));
        assertTrue(memory.getMessage().contains("the design has 25 points"), memory.getMessage());
        InvalidInputException disk = assertThrows(InvalidInputException.class,
                () -> ok.check(dir, 1L << 30, ok.outputBytes() - 1));
        assertTrue(disk.getMessage().contains("250 runs would write about"), disk.getMessage());
        assertTrue(disk.getMessage().contains("free"), disk.getMessage());
        // room for the files of the runs but not for the charts and report written after them
        InvalidInputException charts = assertThrows(InvalidInputException.class,
                () -> ok.check(dir, 1L << 30, ok.runsCsvBytes() + ok.timeseriesBytes()));
        assertTrue(charts.getMessage().contains("charts and report up to 16.0 MiB"), charts.getMessage());
    }
}

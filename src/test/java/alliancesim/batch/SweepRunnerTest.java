package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.scenario.SweepSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
    @TempDir
    Path dir;

    private static final RunContext CONTEXT = new RunContext("test", "unknown", "dev");

    /** The shipped grid with every output in timeseries.csv (the file keeps only its own four), 3 x 12 months. */
    private static Scenario grid() {
        Scenario shipped = new ScenarioLoader().load(Path.of("scenarios/sanctions-vs-deterrence.yaml")).withReplications(3)
                .withHorizon(12);
        SweepSpec spec = shipped.sweep().orElseThrow();
        return new Scenario(shipped.name(), shipped.title(), shipped.description(), shipped.start(), shipped.months(),
                shipped.replications(), shipped.seed(), shipped.set(), shipped.events(), java.util.Optional.of(
                new SweepSpec(spec.design(), spec.samples(), spec.levels(), spec.factors(), false)), shipped.outputs(),
                shipped.source());
    }

    private Path sweep(String name, int threads, Shard shard) {
        Path out = dir.resolve(name);
        new SweepRunner(threads, Simulator.MODEL).run(grid(), out, CONTEXT, shard, false, n -> { });
        return out;
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void everyPointAndReplicateIsWrittenInOrder() throws IOException {
        Path out = sweep("one", 2, Shard.ALL);
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(1 + 25 * 3, runs.size());
        assertTrue(runs.get(0).startsWith("point,replicate,seed,particle,sanctions.pressure.rus,deterrence.reaction_k,"));
        assertTrue(runs.get(1).startsWith("0,0,"));
        assertTrue(runs.get(75).startsWith("24,2,"));
        assertTrue(runs.get(75).contains(",NA,1,0.14,"), "no posterior, so no particle; last grid point has factor values 1 and 0.14: " + runs.get(75));
        List<String> series = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(1 + 25 * 12 * alliancesim.model.Output.all().size(), series.size());
        assertTrue(series.get(0).startsWith("point,sanctions.pressure.rus,deterrence.reaction_k,month,date,output,"));
        assertTrue(series.get(series.size() - 1).startsWith("24,1,0.14,11,"), "each row carries its point's factor values");
    }

    @Test
    void aSweepCanKeepOnlyTheScenarioOutputsInTimeseries() throws IOException {
        Scenario base = grid();
        SweepSpec spec = base.sweep().orElseThrow();
        SweepSpec limited = new SweepSpec(spec.design(), spec.samples(), spec.levels(), spec.factors(), true);
        Scenario s = new Scenario(base.name(), base.title(), base.description(), base.start(), base.months(),
                base.replications(), base.seed(), base.set(), base.events(), java.util.Optional.of(limited),
                base.outputs(), base.source());
        Path out = dir.resolve("limited");
        new SweepRunner(2, Simulator.MODEL).run(s, out, CONTEXT, Shard.ALL, false, n -> { });
        List<String> series = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(1 + 25 * 12 * base.outputs().size(), series.size());
        for (String row : series.subList(1, series.size())) {
            String output = row.split(",")[5];
            assertTrue(base.outputs().stream().anyMatch(o -> o.key().equals(output)), row);
        }
        // runs.csv still has every output, and is the same as a sweep that keeps them all.
        assertArrayEquals(Files.readAllBytes(sweep("all", 1, Shard.ALL).resolve("runs.csv")),
                Files.readAllBytes(out.resolve("runs.csv")));
    }

    @Test
    void aRunThatThrowsIsRecordedAndTheSweepGoesOn() throws IOException {
        long bad = SeedDerivation.runSeed(grid().seed(), 7, 1);
        Simulator flaky = (p, e, m, seed) -> {
            if (seed == bad) {
                throw new IllegalArgumentException("bad point");
            }
            return AllianceModel.simulate(p, e, m, seed);
        };
        SweepRunner.Outcome outcome = new SweepRunner(2, flaky).run(grid(), dir.resolve("f"), CONTEXT, Shard.ALL, false, n -> { });
        assertEquals(1, outcome.failed());
        List<String> runs = Files.readAllLines(dir.resolve("f/runs.csv"));
        assertEquals(1 + 75, runs.size());
        assertTrue(runs.get(1 + 7 * 3 + 1).startsWith("7,1," + bad + ","));
        assertTrue(runs.get(1 + 7 * 3 + 1).endsWith(",failed,IllegalArgumentException: bad point"));
    }

    @Test
    void identicalWhateverTheThreadCount() throws IOException {
        assertSameFiles(sweep("t1", 1, Shard.ALL), sweep("t2", 2, Shard.ALL));
    }

    @Test
    void shardsMergeIntoTheSingleMachineResult() throws IOException {
        Path whole = sweep("whole", 2, Shard.ALL);
        List<Path> shards = List.of(sweep("s1", 1, new Shard(1, 3)), sweep("s2", 2, new Shard(2, 3)),
                sweep("s3", 1, new Shard(3, 3)));
        SweepMerge.merge(List.of(shards.get(2), shards.get(0), shards.get(1)), dir.resolve("merged"));
        assertSameFiles(whole, dir.resolve("merged"));
        assertThrows(InvalidInputException.class, () -> SweepMerge.merge(shards.subList(0, 2), dir.resolve("bad")));
    }

    @Test
    void anInterruptedSweepResumesToTheSameFiles() throws IOException {
        // Chunks of 9 runs hold 3 whole points; chunks of 4 or 5 runs end inside points, and points of 7
        // replicates span chunks: every way a kill can fall between a chunk's end and a point's end.
        resumesAfterDying(3, 9, 40, 12);
        resumesAfterDying(3, 4, 40, 13); // chunk [36, 40) finishes point 12 at run 39
        resumesAfterDying(7, 5, 30, 4); // chunk [25, 30) finishes point 3 at run 28
    }

    private void resumesAfterDying(int replications, int runsPerChunk, int diesAfter, int pointsCommitted) throws IOException {
        Scenario scenario = grid().withReplications(replications);
        String name = replications + "x" + runsPerChunk;
        Path whole = dir.resolve("whole" + name);
        new SweepRunner(2, Simulator.MODEL).run(scenario, whole, CONTEXT, Shard.ALL, false, n -> { });
        Path cut = dir.resolve("cut" + name);
        AtomicInteger runs = new AtomicInteger();
        Simulator dying = (p, e, m, seed) -> {
            if (runs.incrementAndGet() > diesAfter) {
                throw new InternalError("killed"); // a JVM-wide emergency stops the sweep, as a kill would
            }
            return AllianceModel.simulate(p, e, m, seed);
        };
        assertThrows(Throwable.class, () -> new SweepRunner(1, dying, runsPerChunk).run(scenario, cut, CONTEXT, Shard.ALL,
                false, n -> { }));
        // Progress counts the whole points of the chunks that finished; rows after them are cut back on resume.
        SweepProgress progress = SweepProgress.read(cut);
        assertEquals(pointsCommitted, progress.pointsDone(), name);
        assertTrue(Files.size(cut.resolve("runs.csv")) >= progress.runsBytes(), name);
        // A kill can also leave half a line after the last commit.
        try (FileChannel ch = FileChannel.open(cut.resolve("runs.csv"), StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap("7,1,12345,0.5,half a li".getBytes()));
        }
        assertThrows(InvalidInputException.class,
                () -> new SweepRunner(2, Simulator.MODEL).run(scenario, cut, CONTEXT, Shard.ALL, false, n -> { }),
                "a folder that holds a sweep is not overwritten without --resume");
        new SweepRunner(2, Simulator.MODEL, runsPerChunk).run(scenario, cut, CONTEXT, Shard.ALL, true, n -> { });
        assertSameFiles(whole, cut);
    }

    /** The model, as if each run drew a posterior particle that its seed picks (as {@code Posterior.draw} does). */
    private static Simulator drawing(Simulator model) {
        return new Simulator() {
            @Override
            public alliancesim.model.Trajectory simulate(alliancesim.model.Parameters p,
                                                         List<alliancesim.model.ModelEvent> e, int m, long seed) {
                return model.simulate(p, e, m, seed);
            }

            @Override
            public int particle(long seed) {
                return (int) Math.floorMod(seed, 5L);
            }
        };
    }

    /** A sweep of 3 replicates that dies after 40 runs, committed in chunks of 9; the progress it left. */
    private SweepProgress killed(Path cut, Simulator model) {
        AtomicInteger runs = new AtomicInteger();
        Simulator dying = drawing((p, e, m, seed) -> {
            if (runs.incrementAndGet() > 40) {
                throw new InternalError("killed");
            }
            return model.simulate(p, e, m, seed);
        });
        assertThrows(Throwable.class, () -> new SweepRunner(1, dying, 9).run(grid(), cut, CONTEXT, Shard.ALL, false,
                n -> { }));
        return SweepProgress.read(cut);
    }

    @Test
    void theParticleColumnResumesAndMergesToTheSameFiles() throws IOException {
        Simulator model = drawing(Simulator.MODEL);
        Path whole = dir.resolve("whole");
        new SweepRunner(2, model).run(grid(), whole, CONTEXT, Shard.ALL, false, n -> { });
        List<String> rows = Files.readAllLines(whole.resolve("runs.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", 5);
            assertEquals(String.valueOf(Math.floorMod(Long.parseLong(cells[2]), 5L)), cells[3], row);
        }
        Path cut = dir.resolve("cut");
        killed(cut, Simulator.MODEL);
        new SweepRunner(2, model, 9).run(grid(), cut, CONTEXT, Shard.ALL, true, n -> { });
        assertSameFiles(whole, cut);
        List<Path> shards = List.of(dir.resolve("s1"), dir.resolve("s2"));
        new SweepRunner(2, model).run(grid(), shards.get(0), CONTEXT, new Shard(1, 2), false, n -> { });
        new SweepRunner(2, model).run(grid(), shards.get(1), CONTEXT, new Shard(2, 2), false, n -> { });
        SweepMerge.merge(shards, dir.resolve("merged"));
        assertSameFiles(whole, dir.resolve("merged"));
    }

    /** Rewrites a folder's committed runs.csv as an alliance-sim before the particle column wrote it, and its progress. */
    private static void withoutParticleColumn(Path folder) throws IOException {
        SweepProgress progress = SweepProgress.read(folder);
        Path runs = folder.resolve("runs.csv");
        String committed = new String(Files.readAllBytes(runs), 0, (int) progress.runsBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String older = committed.replaceAll("(?m)^([^,\n]*,[^,\n]*,[^,\n]*),[^,\n]*,", "$1,");
        Files.writeString(runs, older);
        progress.with(progress.pointsDone(), older.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                progress.timeseriesBytes(), progress.finished()).write(folder);
    }

    @Test
    void aSweepWrittenBeforeTheParticleColumnResumesWithoutIt() throws IOException {
        Path old = dir.resolve("old");
        killed(old, Simulator.MODEL);
        withoutParticleColumn(old);
        new SweepRunner(2, drawing(Simulator.MODEL), 9).run(grid(), old, CONTEXT, Shard.ALL, true, n -> { });
        Path runs = old.resolve("runs.csv");
        assertTrue(Files.readAllLines(runs).get(0).startsWith("point,replicate,seed,sanctions.pressure.rus,"));
        try (alliancesim.results.RunsReader in = alliancesim.results.RunsReader.open(runs)) {
            int n = 0;
            for (alliancesim.results.RunsReader.Row r = in.next(); r != null; r = in.next()) {
                assertEquals(java.util.OptionalInt.empty(), r.particle()); // and as many cells as the header
                n++;
            }
            assertEquals(75, n);
        }
        List<Path> shards = List.of(dir.resolve("s1"), dir.resolve("s2"));
        new SweepRunner(2, Simulator.MODEL).run(grid(), shards.get(0), CONTEXT, new Shard(1, 2), false, n -> { });
        new SweepRunner(2, Simulator.MODEL).run(grid(), shards.get(1), CONTEXT, new Shard(2, 2), false, n -> { });
        withoutParticleColumn(shards.get(1));
        alliancesim.files.InvalidInputException mixed = assertThrows(alliancesim.files.InvalidInputException.class,
                () -> SweepMerge.merge(shards, dir.resolve("mixed")));
        assertTrue(mixed.getMessage().contains("has other columns than"), mixed.getMessage());
    }

    @Test
    void aPointLargerThanAChunkIsSummarizedLikeAnyOther() throws IOException {
        // 25 points x 6 replicates in chunks of 4 runs (points span chunks) against chunks of 1,000.
        Scenario scenario = grid().withReplications(6);
        Path small = dir.resolve("small");
        Path large = dir.resolve("large");
        new SweepRunner(2, Simulator.MODEL, 4).run(scenario, small, CONTEXT, Shard.ALL, false, n -> { });
        new SweepRunner(1, Simulator.MODEL, 1000).run(scenario, large, CONTEXT, Shard.ALL, false, n -> { });
        assertSameFiles(small, large);
    }

    @Test
    void aPointWithMoreRunsThanTheExactLimitStreamsItsSummaries() throws IOException {
        // One point, 10,500 replicates, 6 months: past PointTimeseries.EXACT_RUNS the quantiles are streamed.
        Scenario base = grid().withHorizon(6);
        SweepSpec one = new SweepSpec(SweepSpec.Design.GRID, 0, 0, List.of(new SweepSpec.Factor(
                alliancesim.model.Param.SANCTIONS_PRESSURE_RUS, List.of(0.5), 0, 0, 0)));
        Scenario s = new Scenario(base.name(), base.title(), base.description(), base.start(), base.months(),
                PointTimeseries.EXACT_RUNS + 500, base.seed(), base.set(), base.events(), java.util.Optional.of(one),
                base.outputs(), base.source());
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new SweepRunner(1, Simulator.MODEL, 3000).run(s, a, CONTEXT, Shard.ALL, false, n -> { });
        new SweepRunner(2, Simulator.MODEL).run(s, b, CONTEXT, Shard.ALL, false, n -> { });
        assertSameFiles(a, b);
        List<String> rows = Files.readAllLines(a.resolve("timeseries.csv"));
        assertEquals(1 + 6 * alliancesim.model.Output.all().size(), rows.size());
        // Columns: point, the factor, month, date, output, unit, n, mean, sd, p05, p50, p95.
        String crises = rows.stream().filter(r -> r.startsWith("0,0.5,5,") && r.contains(",crises,")).findFirst().orElseThrow();
        String[] f = crises.split(",");
        assertEquals("10500", f[6]);
        for (int q = 9; q <= 11; q++) { // a count keeps whole-number quantiles
            assertEquals(Math.rint(Double.parseDouble(f[q])), Double.parseDouble(f[q]), 0.0, crises);
        }
    }
}

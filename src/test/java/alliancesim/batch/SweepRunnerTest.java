package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
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

    private static Scenario grid() {
        return new ScenarioLoader().load(Path.of("scenarios/sanctions-vs-deterrence.yaml")).withReplications(3).withHorizon(12);
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
        assertTrue(runs.get(0).startsWith("point,replicate,seed,sanctions.pressure.rus,deterrence.reaction_k,"));
        assertTrue(runs.get(1).startsWith("0,0,"));
        assertTrue(runs.get(75).startsWith("24,2,"));
        assertTrue(runs.get(75).contains(",1,0.14,"), "last grid point has factor values 1 and 0.14: " + runs.get(75));
        assertEquals(1 + 25 * 12 * 15, Files.readAllLines(out.resolve("timeseries.csv")).size());
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
        assertThrows(IllegalArgumentException.class, () -> SweepMerge.merge(shards.subList(0, 2), dir.resolve("bad")));
    }

    @Test
    void anInterruptedSweepResumesToTheSameFiles() throws IOException {
        Path whole = sweep("whole", 2, Shard.ALL);
        Path cut = dir.resolve("cut");
        // A sweep that dies after 40 of its 75 runs, in chunks of 3 points (9 runs): four chunks are committed.
        AtomicInteger runs = new AtomicInteger();
        Simulator dying = (p, e, m, seed) -> {
            if (runs.incrementAndGet() > 40) {
                throw new Error("killed");
            }
            return AllianceModel.simulate(p, e, m, seed);
        };
        assertThrows(Throwable.class, () -> new SweepRunner(1, dying, 9).run(grid(), cut, CONTEXT, Shard.ALL, false, n -> { }));
        assertEquals(1 + 4 * 3 * 3, Files.readAllLines(cut.resolve("runs.csv")).size(), "four chunks committed");
        // A kill can also leave half a line after the last commit.
        try (FileChannel ch = FileChannel.open(cut.resolve("runs.csv"), StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap("7,1,12345,0.5,half a li".getBytes()));
        }
        assertThrows(IllegalArgumentException.class,
                () -> new SweepRunner(2, Simulator.MODEL).run(grid(), cut, CONTEXT, Shard.ALL, false, n -> { }),
                "a folder that holds a sweep is not overwritten without --resume");
        new SweepRunner(2, Simulator.MODEL).run(grid(), cut, CONTEXT, Shard.ALL, true, n -> { });
        assertSameFiles(whole, cut);
    }
}

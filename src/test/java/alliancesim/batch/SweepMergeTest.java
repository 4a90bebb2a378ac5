package alliancesim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merge joins only whole shards of one sweep, however their folders and scenario files are named. */
class SweepMergeTest {
    @TempDir
    Path dir;

    private static final RunContext CONTEXT = new RunContext("test", "unknown", "dev");
    private Path s1;
    private Path s2;

    private Path sweep(String name, Scenario s, Shard shard) {
        Path out = dir.resolve(name);
        new SweepRunner(2, Simulator.MODEL).run(s, out, CONTEXT, shard, false, n -> { });
        return out;
    }

    private static Scenario grid(Path file) {
        return new ScenarioLoader().load(file).withReplications(2).withHorizon(6);
    }

    @BeforeEach
    void twoShards() {
        // The same scenario named by a relative and by an absolute path.
        Path file = Path.of("scenarios/sanctions-vs-deterrence.yaml");
        s1 = sweep("s1", grid(file), new Shard(1, 2));
        s2 = sweep("s2", grid(file.toAbsolutePath()), new Shard(2, 2));
    }

    @Test
    void theSameSweepStartedFromAnotherPathMergesIntoTheWholeResult() throws IOException {
        Path whole = sweep("whole", grid(Path.of("scenarios/sanctions-vs-deterrence.yaml")), Shard.ALL);
        assertEquals(50, SweepMerge.merge(List.of(s2, dir.resolve("s2/../s1")), dir.resolve("merged")));
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(dir.resolve("merged").resolve(f)), f);
        }
    }

    @Test
    void aTrailingBlankLineIsHarmless() throws IOException {
        Files.writeString(s1.resolve("runs.csv"), "\n", StandardOpenOption.APPEND);
        assertEquals(50, SweepMerge.merge(List.of(s1, s2), dir.resolve("merged")));
    }

    @Test
    void aTruncatedOrEmptiedShardIsRefused() throws IOException {
        List<String> rows = Files.readAllLines(s1.resolve("runs.csv"));
        Files.write(s1.resolve("runs.csv"), rows.subList(0, rows.size() - 3));
        InvalidInputException cut = assertThrows(InvalidInputException.class,
                () -> SweepMerge.merge(List.of(s1, s2), dir.resolve("m1")));
        // Shard 1/2 of 25 points owns the 13 even points: 26 runs recorded, 23 left, fewer bytes than committed.
        assertTrue(cut.getMessage().contains("runs.csv is damaged (it holds " + Files.size(s1.resolve("runs.csv"))
                + " bytes, but progress.json records "), cut.getMessage());
        Files.writeString(s2.resolve("runs.csv"), "");
        Files.write(s1.resolve("runs.csv"), rows);
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> SweepMerge.merge(List.of(s1, s2), dir.resolve("m2")));
        assertTrue(empty.getMessage().contains("runs.csv is damaged (it holds 0 bytes"), empty.getMessage());
    }

    @Test
    void aShardOfAnotherSweepIsRefusedWithWhatDiffers() {
        Path other = sweep("other", grid(Path.of("scenarios/sanctions-vs-deterrence.yaml")).withReplications(3),
                new Shard(2, 2));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SweepMerge.merge(List.of(s1, other), dir.resolve("m")));
        assertTrue(e.getMessage().contains("is a shard of a different sweep than " + s1 + ": replications: 2 in the"
                + " folder, 3 given"), e.getMessage());
    }
}

package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.RunContext;
import alliancesim.batch.Shard;
import alliancesim.batch.Simulator;
import alliancesim.batch.SweepRunner;
import alliancesim.files.FolderLock;
import alliancesim.files.InvalidInputException;
import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23, "the lock can be side-stepped": a sweep whose lock file goes, or whose files another writer grows, stops. */
class LockLossTest {
    @TempDir
    Path dir;

    /** As the command line records it, so the command line may resume the folder. */
    private static final RunContext CONTEXT = new RunContext("alliance-sim sweep", GitCommit.current(), Version.current());

    private static Scenario grid() {
        return new ScenarioLoader().load(Path.of("scenarios/sanctions-vs-deterrence.yaml")).withReplications(2)
                .withHorizon(6);
    }

    /** A model that does {@code what} once, when run number {@code at} starts. */
    private static Simulator after(int at, Runnable what) {
        AtomicInteger started = new AtomicInteger();
        // as the command line runs it: drawing from the scenario's posterior
        return alliancesim.calibrate.PosteriorSimulator.of(grid(), (p, e, m, seed) -> {
            if (started.incrementAndGet() == at) {
                what.run();
            }
            return AllianceModel.simulate(p, e, m, seed);
        });
    }

    private static String pointsDone(Path folder) throws IOException {
        return Files.readString(folder.resolve("progress.json")).replaceAll("(?s).*\"points_done\"\\s*:\\s*(\\d+).*", "$1");
    }

    @Test
    void aSweepWhoseLockFileIsDeletedStopsAtItsNextCommitAndTheSecondWriterFinishesAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("s"));
        try (FolderLock a = FolderLock.take(folder)) {
            Simulator deleting = after(9, () -> {
                try {
                    Files.delete(folder.resolve(FolderLock.FILE));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            FolderLock.LockLostException e = assertThrows(FolderLock.LockLostException.class,
                    () -> new SweepRunner(1, deleting, 4).checking(a::verify).run(grid(), folder, CONTEXT, Shard.ALL,
                            false, n -> { }));
            assertTrue(e.getMessage().contains(FolderLock.FILE + " was deleted"), e.getMessage());
            // run 9 is the first of the third chunk of 4 runs (2 points): that chunk's commit, and the last, are refused
            assertTrue(Integer.parseInt(pointsDone(folder)) <= 4, "committed after the lock was lost: "
                    + pointsDone(folder));
        }
        // a second writer now finishes from the last commit and gets what an uninterrupted sweep gives
        Cli resumed = Cli.run("sweep", "--resume", folder.toString());
        assertEquals(0, resumed.code(), resumed.err());
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run("sweep", "scenarios/sanctions-vs-deterrence.yaml", "--replications", "2",
                "--months", "6", "--out", whole.toString()).code());
        assertEquals(Files.readString(whole.resolve("runs.csv")), Files.readString(folder.resolve("runs.csv")));
    }

    @Test
    void aSweepWhoseFilesAnotherWriterGrowsCommitsNothingMore() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("s"));
        try (FolderLock a = FolderLock.take(folder)) {
            Simulator intruder = after(9, () -> {
                try {
                    Files.writeString(folder.resolve("runs.csv"), "9,9,9\n", StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new SweepRunner(1, intruder, 4).checking(a::verify).run(grid(), folder, CONTEXT, Shard.ALL,
                            false, n -> { }));
            assertTrue(e.getMessage().contains("another process writes this folder"), e.getMessage());
        }
    }
}

package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.batch.RunContext;
import alliancesim.batch.Shard;
import alliancesim.batch.Simulator;
import alliancesim.batch.SweepRunner;
import alliancesim.files.FolderLock;
import alliancesim.model.AllianceModel;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sweep --resume DIR` runs the sweep DIR records, refuses a command that asks for another, and never rewrites a finished one. */
class ResumeTest {
    @TempDir
    Path dir;

    private static final String GRID = "scenarios/sanctions-vs-deterrence.yaml";

    /** The first {@code runs} runs of a sweep, then a crash, as a kill would leave it (with the test's build). */
    private static void interrupted(Scenario s, Path folder, int runs) throws IOException {
        Files.createDirectories(folder);
        FolderLock.take(folder).close(); // the lock file a sweep started from the command line leaves
        AtomicInteger started = new AtomicInteger();
        // as the command line runs it: drawing from the scenario's posterior, if it has one
        Simulator dying = alliancesim.calibrate.PosteriorSimulator.of(s, (p, e, m, seed) -> {
            if (started.incrementAndGet() > runs) {
                throw new InternalError("killed"); // a JVM-wide emergency stops the sweep, as a kill would
            }
            return AllianceModel.simulate(p, e, m, seed);
        });
        RunContext context = new RunContext("alliance-sim sweep", GitCommit.current(), Version.current());
        assertThrows(Throwable.class, () -> new SweepRunner(1, dying, 4).run(s, folder, context, Shard.ALL, false, n -> { }));
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameRuns(Path a, Path b) throws IOException {
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void resumeRunsTheRecordedSweepAndIgnoresAnEditedFile() throws IOException {
        Path copy = dir.resolve("scenarios/grid.yaml");
        Files.createDirectories(copy.getParent());
        Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("scenarios/baseline.yaml"));
        for (String posterior : List.of("current", "hindcast")) {
            Files.createDirectories(dir.resolve("seeds/calibration/" + posterior));
            for (String f : List.of("posterior.csv", "calibration.yaml")) {
                Files.copy(Path.of("seeds/calibration", posterior, f), dir.resolve("seeds/calibration/" + posterior + "/" + f));
            }
        }
        Files.writeString(copy, Files.readString(Path.of(GRID)));
        Path cut = dir.resolve("cut");
        interrupted(new ScenarioLoader().load(copy).withReplications(2), cut, 21);
        // Between kill and resume the file changes: other levels and replications.
        Files.writeString(copy, Files.readString(copy).replace("levels: 5", "levels: 3").replace("replications: 10",
                "replications: 7"));

        Cli r = Cli.run("sweep", copy.toString(), "--resume", cut.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("has changed since the sweep started"), r.err());
        Path clean = dir.resolve("clean");
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--out", clean.toString()).code());
        assertSameRuns(clean, cut);
        assertEquals(1 + 25 * 2, Files.readAllLines(cut.resolve("runs.csv")).size());
    }

    @Test
    void aCommandThatAsksForAnotherSweepIsRefusedWithWhatDiffers() throws IOException {
        Path cut = dir.resolve("cut");
        interrupted(new ScenarioLoader().load(Path.of(GRID)).withReplications(3), cut, 10);
        Map<String, byte[]> before = snapshot(cut);

        Cli reps = Cli.run("sweep", "--resume", cut.toString(), "--replications", "10");
        assertEquals(2, reps.code(), reps.err());
        assertTrue(reps.err().contains("replications: 3 in the folder, 10 given"), reps.err());
        Cli other = Cli.run("sweep", "scenarios/sensitivity.yaml", "--resume", cut.toString());
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("name: sanctions-vs-deterrence in the folder, sensitivity given"), other.err());
        assertTrue(other.err().contains("sweep.design: grid in the folder"), other.err());
        Cli shard = Cli.run("sweep", "--resume", cut.toString(), "--shard", "2/3");
        assertEquals(2, shard.code(), shard.err());
        assertTrue(shard.err().contains("shard: 1/1 in the folder, 2/3 given"), shard.err());
        Cli out = Cli.run("sweep", "--resume", cut.toString(), "--out", dir.resolve("elsewhere").toString());
        assertEquals(2, out.code(), out.err());
        assertTrue(out.err().contains("drop --out"), out.err());
        assertFalse(Files.exists(dir.resolve("elsewhere")));
        Map<String, byte[]> after = snapshot(cut);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f + " untouched by a refused resume"));
    }

    @Test
    void aShardResumesAsTheShardItIs() throws IOException {
        Path cut = dir.resolve("shard2");
        AtomicInteger started = new AtomicInteger();
        Simulator dying = (p, e, m, seed) -> {
            if (started.incrementAndGet() > 5) {
                throw new InternalError("killed"); // a JVM-wide emergency stops the sweep, as a kill would
            }
            return AllianceModel.simulate(p, e, m, seed);
        };
        Scenario s = new ScenarioLoader().load(Path.of(GRID)).withReplications(2);
        assertThrows(Throwable.class, () -> new SweepRunner(1, dying, 2).run(s, cut, new RunContext("x",
                GitCommit.current(), Version.current()), new Shard(2, 3), false, n -> { }));
        assertEquals(0, Cli.run("sweep", "--resume", cut.toString()).code());
        // Shard 2/3 of 25 points owns points 1, 4, ..., 22: 8 points x 2 replicates.
        List<String> rows = Files.readAllLines(cut.resolve("runs.csv"));
        assertEquals(1 + 8 * 2, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(l -> Integer.parseInt(l.split(",")[0]) % 3 == 1), rows.toString());
    }

    @Test
    void aSweepKilledBeforeItsFirstCommitResumes() throws IOException {
        Path cut = dir.resolve("cut");
        interrupted(new ScenarioLoader().load(Path.of(GRID)).withReplications(2), cut, 0);
        Files.delete(cut.resolve("progress.json")); // killed between the manifest and the first progress record
        Cli r = Cli.run("sweep", "--resume", cut.toString());
        assertEquals(0, r.code(), r.err());
        Path clean = dir.resolve("clean");
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--out", clean.toString()).code());
        assertSameRuns(clean, cut);
    }

    @Test
    void resumingAFinishedOrMergedFolderChangesNothing() throws IOException {
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--out", whole.toString()).code());
        Path s1 = dir.resolve("s1");
        Path s2 = dir.resolve("s2");
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--shard", "1/2", "--out", s1.toString()).code());
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--shard", "2/2", "--out", s2.toString()).code());
        Path merged = dir.resolve("merged");
        assertEquals(0, Cli.run("merge", s1.toString(), s2.toString(), "--out", merged.toString()).code());
        for (Path folder : List.of(whole, merged, s1)) {
            Map<String, byte[]> before = snapshot(folder);
            Cli r = Cli.run("sweep", "--resume", folder.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("is complete"), r.out());
            Map<String, byte[]> after = snapshot(folder);
            assertEquals(before.keySet(), after.keySet(), folder.toString());
            before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), folder + "/" + f));
        }
    }

    @Test
    void aHandDamagedProgressRecordIsReportedAsSuch() throws IOException {
        Path cut = dir.resolve("cut");
        interrupted(new ScenarioLoader().load(Path.of(GRID)).withReplications(2), cut, 10);
        String progress = Files.readString(cut.resolve("progress.json"));
        Files.writeString(cut.resolve("runs.csv"), "point,replicate\n");
        Cli shortened = Cli.run("sweep", "--resume", cut.toString());
        assertEquals(2, shortened.code(), shortened.err());
        assertTrue(shortened.err().contains("runs.csv is damaged (it holds 16 bytes, fewer than the "), shortened.err());
        assertEquals(progress, Files.readString(cut.resolve("progress.json")));
        Files.writeString(cut.resolve("progress.json"), "{\"points_done\": 3, \"runs_bytes\": \"lots\"}\n");
        Cli r = Cli.run("sweep", "--resume", cut.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("progress.json is damaged"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        Files.writeString(cut.resolve("progress.json"), "{\"points_done\": 3, ");
        Cli torn = Cli.run("sweep", "--resume", cut.toString());
        assertEquals(2, torn.code(), torn.err());
        assertTrue(torn.err().contains("progress.json is damaged (it is not valid JSON)"), torn.err());
    }
}

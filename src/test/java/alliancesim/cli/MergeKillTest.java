package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.FolderLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23, "finish what a kill interrupted", for `merge` and for a sweep killed before its first commit: running the
 * same merge again finishes a killed one, byte for byte an unkilled merge; `sweep --resume` of a sweep killed after
 * its manifest and before its first commit runs it from the start, and one killed before its manifest says how to
 * start it again.
 */
class MergeKillTest {
    private static final String GRID = "scenarios/sanctions-vs-deterrence.yaml";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path s1;
    private static Path s2;
    private static Path whole;

    @BeforeAll
    static void shardsAndAnUnkilledMerge() {
        s1 = shared.resolve("s1");
        s2 = shared.resolve("s2");
        whole = shared.resolve("whole");
        shards(s1, s2);
        assertEquals(0, merge(whole).code());
    }

    /** The two shards of a small grid sweep, in {@code one} and {@code two}. */
    static void shards(Path one, Path two) {
        for (Path shard : List.of(one, two)) {
            Cli r = Cli.run("sweep", GRID, "--replications", "2", "--months", "4", "--shard", (shard == one ? 1 : 2)
                    + "/2", "--out", shard.toString());
            assertEquals(0, r.code(), r.err());
        }
    }

    private static Cli merge(Path out) {
        return Cli.run("merge", s1.toString(), s2.toString(), "--out", out.toString());
    }

    /** Every file of a folder but its lock, by relative path. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals(FolderLock.FILE)) {
                    all.put(folder.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return all;
    }

    private static void finishedLikeTheUnkilledMerge(Path out) throws IOException {
        boolean heldFiles = !contents(out).isEmpty(); // killed before its first file: an empty folder, merged into
        Cli again = merge(out);
        assertEquals(0, again.code(), again.err());
        assertEquals(heldFiles, again.out().contains("merged again from them"), again.out());
        assertEquals(contents(whole), contents(out));
    }

    @Test
    void aMergeKilledAtEachCommitPointIsFinishedByRunningItAgain() throws IOException {
        for (String at : List.of("runs.csv", "timeseries.csv", "manifest.json", "progress.json",
                "charts and report.html")) {
            Path out = dir.resolve("killed-before-" + at.replace(' ', '-'));
            Cli killed = LockCheckedMidWayTest.withStep(next -> {
                if (next.equals(at)) {
                    throw new IllegalStateException("killed before " + at); // the process stops here
                }
            }, "merge", s1.toString(), s2.toString(), "--out", out.toString());
            assertEquals(Main.ERROR, killed.code(), killed.err());
            assertFalse(Files.exists(out.resolve("report.html")), at);
            finishedLikeTheUnkilledMerge(out);
        }
    }

    @Test
    void aMergeKilledWhileWritingAFileOrItsChartsIsFinishedByRunningItAgain() throws IOException {
        // killed while timeseries.csv was written: half of it under the temporary name, the lock as a kill leaves it
        Path mid = Files.createDirectories(dir.resolve("mid"));
        Files.writeString(mid.resolve(FolderLock.FILE), "alliance-sim result folder lock: held by pid 999999\n");
        Files.copy(whole.resolve("runs.csv"), mid.resolve("runs.csv"));
        byte[] series = Files.readAllBytes(whole.resolve("timeseries.csv"));
        Files.write(mid.resolve("timeseries.csv.tmp"), java.util.Arrays.copyOf(series, series.length / 2));
        finishedLikeTheUnkilledMerge(mid);

        // killed while its charts were drawn: some missing, one half-written, no report.html
        Path charts = dir.resolve("charts");
        FolderCopy.copy(whole, charts);
        Files.delete(charts.resolve("report.html"));
        List<Path> drawn;
        try (Stream<Path> s = Files.list(charts.resolve("charts"))) {
            drawn = s.sorted().toList();
        }
        for (Path p : drawn.subList(drawn.size() / 2, drawn.size())) {
            Files.delete(p);
        }
        Files.writeString(drawn.get(drawn.size() - 1).resolveSibling(drawn.get(drawn.size() - 1).getFileName() + ".tmp"),
                "half a chart");
        finishedLikeTheUnkilledMerge(charts);
    }

    @Test
    void aFolderThatIsNotThisMergeIsStillRefused() throws IOException {
        // another merge's folder (other shards named), and a killed merge's folder holding a user's file
        Path other = dir.resolve("other");
        FolderCopy.copy(whole, other);
        Path manifest = other.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(s1.toString(), s1 + "-elsewhere"));
        Cli r = merge(other);
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("is not empty"), r.err());

        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(mixed.resolve(FolderLock.FILE), "alliance-sim result folder lock: held by pid 999999\n");
        Files.copy(whole.resolve("runs.csv"), mixed.resolve("runs.csv"));
        Files.writeString(mixed.resolve("notes.txt"), "mine");
        Cli m = merge(mixed);
        assertEquals(2, m.code(), m.out());
        assertTrue(m.err().contains("is not empty"), m.err());
        assertEquals("mine", Files.readString(mixed.resolve("notes.txt")));
    }

    @Test
    void aSweepKilledBetweenItsManifestAndItsFirstCommitResumesFromTheStart() throws IOException {
        Path killed = Files.createDirectories(dir.resolve("killed"));
        Files.writeString(killed.resolve(FolderLock.FILE), "alliance-sim result folder lock: held by pid 999999\n");
        Files.copy(s1.resolve("manifest.json"), killed.resolve("manifest.json")); // the first file a sweep writes
        Files.writeString(killed.resolve("manifest.json"), Files.readString(killed.resolve("manifest.json"))
                .replaceAll("\"runs\" : \\d+", "\"runs\" : 0"));
        Cli r = Cli.run("sweep", "--resume", killed.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(s1.resolve("runs.csv")), Files.readString(killed.resolve("runs.csv")));
        assertEquals(Files.readString(s1.resolve("timeseries.csv")), Files.readString(killed.resolve("timeseries.csv")));
    }

    @Test
    void aSweepKilledBeforeItsManifestSaysHowToStartItAgainAndTheFolderTakesIt() throws IOException {
        Path killed = Files.createDirectories(dir.resolve("killed"));
        Files.writeString(killed.resolve(FolderLock.FILE), "alliance-sim result folder lock: held by pid 999999\n");
        Cli r = Cli.run("sweep", "--resume", killed.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("start it again with the command you gave (`alliance-sim sweep SCENARIO --out "
                + killed + "`"), r.err());
        Cli started = Cli.run("sweep", GRID, "--replications", "2", "--months", "4", "--shard", "1/2", "--out",
                killed.toString());
        assertEquals(0, started.code(), started.err());
        assertEquals(Files.readString(s1.resolve("runs.csv")), Files.readString(killed.resolve("runs.csv")));
    }

}

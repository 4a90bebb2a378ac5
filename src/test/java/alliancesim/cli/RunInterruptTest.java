package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A `run` killed between the renames of its files (#23): timeseries.csv, runs.csv and manifest.json are renamed into
 * place in that order, so a kill can leave the data files under their final or temporary names and no manifest.
 * Running the same command again finishes the folder, with the bytes of a run never stopped.
 */
class RunInterruptTest {
    @TempDir
    Path dir;

    private static String[] run(Path out) {
        return new String[] {"run", "scenarios/baseline.yaml", "--replications", "3", "--months", "4", "--threads", "1",
                "--out", out.toString()};
    }

    /** The folder as a kill after timeseries.csv's rename (and, with {@code runsRenamed}, after runs.csv's) leaves it. */
    private Path killedBetweenRenames(String name, boolean runsRenamed) throws IOException {
        Path folder = dir.resolve(name);
        assertEquals(0, Cli.run(run(folder)).code());
        try (var s = Files.list(folder)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!List.of("runs.csv", "timeseries.csv", ".alliance-sim.lock").contains(n)) {
                    if (Files.isDirectory(p)) {
                        try (var inner = Files.list(p)) {
                            for (Path q : inner.toList()) {
                                Files.delete(q);
                            }
                        }
                    }
                    Files.delete(p); // the manifest, and the charts and report drawn after it
                }
            }
        }
        if (!runsRenamed) {
            Files.move(folder.resolve("runs.csv"), folder.resolve("runs.csv.tmp"));
        }
        Files.writeString(folder.resolve(".alliance-sim.lock"), "alliance-sim result folder lock: held by pid 1\n");
        return folder;
    }

    @Test
    void runningTheSameCommandAgainFinishesTheFolder() throws IOException {
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run(run(whole)).code());
        for (boolean runsRenamed : new boolean[] {true, false}) {
            Path cut = killedBetweenRenames("cut-" + runsRenamed, runsRenamed);
            Cli report = Cli.run("report", cut.toString());
            assertEquals(2, report.code(), report.err());
            if (runsRenamed) {
                assertTrue(report.err().contains("run the `alliance-sim run` command that made it again with --out "
                        + cut), report.err());
            }
            Cli again = Cli.run(run(cut));
            assertEquals(0, again.code(), again.err());
            assertTrue(again.err().contains(cut + " holds a run that was stopped before it finished; running it again"
                    + " there"), again.err());
            for (String f : List.of("runs.csv", "timeseries.csv", "charts/fan-front_balance.svg")) {
                assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(cut.resolve(f)), f);
            }
            assertTrue(Files.exists(cut.resolve("manifest.json")) && Files.exists(cut.resolve("report.html")));
            assertTrue(Files.notExists(cut.resolve("runs.csv.tmp")), "no temporary file left");
        }
    }

    @Test
    void aWhatIfStoppedInItsBeforeHalfNamesTheWhatIfToRunAgain() throws IOException {
        Path w = dir.resolve("whatif");
        String[] whatif = {"whatif", "scenarios/baseline.yaml", "--set", "sanctions.secondary=0.3", "--replications",
                "2", "--months", "4", "--threads", "1", "--out", w.toString()};
        assertEquals(0, Cli.run(whatif).code());
        // as a kill between the renames of before/ leaves it: before/'s data files, no manifest, nothing after them
        Files.delete(w.resolve("before/manifest.json"));
        try (var s = Files.walk(w)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                String rel = w.relativize(p).toString();
                if (!List.of("", ".alliance-sim.lock", "before", "before/runs.csv", "before/timeseries.csv").contains(rel)) {
                    Files.delete(p);
                }
            }
        }
        assertEquals(0, Cli.run(run(dir.resolve("other"))).code());
        Cli r = Cli.run("compare", w.resolve("before").toString(), dir.resolve("other").toString(), "--out",
                dir.resolve("cmp").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("it is half of a what-if: run the `alliance-sim whatif` command that made it again"
                + " with --out " + w + " --force"), r.err());
        String[] forced = java.util.Arrays.copyOf(whatif, whatif.length + 1);
        forced[whatif.length] = "--force";
        Cli again = Cli.run(forced);
        assertEquals(0, again.code(), "the command named finishes it: " + again.err());
        assertTrue(Files.exists(w.resolve("before/manifest.json")) && Files.exists(w.resolve("after/manifest.json")));
    }

    @Test
    void aStoppedRunBesideAUsersFileIsNotTakenOver() throws IOException {
        Path cut = killedBetweenRenames("mixed", true);
        Files.writeString(cut.resolve("notes.txt"), "mine\n");
        Cli again = Cli.run(run(cut));
        assertEquals(2, again.code(), again.err());
        assertTrue(again.err().contains("is not empty"), again.err());
        assertEquals("mine\n", Files.readString(cut.resolve("notes.txt")));
        assertTrue(Files.exists(cut.resolve("runs.csv")), "nothing removed");
    }
}

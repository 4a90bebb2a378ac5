package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.FolderLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue #23, "the lock can be side-stepped", in run, whatif, compare, sweep, calibrate, merge and report: the lock
 * file deleted or replaced
 * while the command works (at one of its commit points, by a step the test puts there) stops the command at its next
 * point with exit 2, and nothing after that point is written.
 */
class LockCheckedMidWayTest {
    @TempDir
    Path dir;

    private static final String GRID = "scenarios/sanctions-vs-deterrence.yaml";
    /** A run's one commit point for its three files. */
    private static final String RUN_FILES = "timeseries.csv, runs.csv and manifest.json";

    /** A command line run in-process, its commit points each running {@code step} before the lock check. */
    static Cli withStep(Consumer<String> step, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out), new PrintWriter(err), (lock, next) -> {
            step.accept(next);
            lock.verify();
        });
        int code = Main.execute(cl, args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** At the commit point {@code at}: delete the folder's lock file, or put another file in its place. */
    private static Consumer<String> loseLock(Path folder, String at, boolean replace, List<String> seen) {
        return next -> {
            seen.add(next);
            if (next.equals(at)) {
                try {
                    Files.delete(folder.resolve(FolderLock.FILE));
                    if (replace) {
                        Files.writeString(folder.resolve(FolderLock.FILE), "another writer's lock\n");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static void stopped(Cli r, String how) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(FolderLock.FILE + " was " + how + " while this command held it"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void runStopsBeforeItsChartsWhenItsLockIsDeletedDuringTheRuns() throws IOException {
        String[] args = {"run", "scenarios/baseline.yaml", "--replications", "2", "--months", "4", "--threads", "1"};
        Path folder = dir.resolve("run");
        List<String> seen = new ArrayList<>();
        stopped(withStep(loseLock(folder, "charts", false, seen), concat(args, folder)), "deleted");
        assertEquals(List.of(RUN_FILES, "charts"), seen);
        // what the runs committed is there; no chart and no report was written after the lock went
        assertEquals(List.of("manifest.json", "runs.csv", "timeseries.csv"), files(folder));

        // the same command untouched passes both points and writes both
        Path whole = dir.resolve("whole");
        List<String> passed = new ArrayList<>();
        assertEquals(0, withStep(passed::add, concat(args, whole)).code());
        assertEquals(List.of(RUN_FILES, "charts", "report.html", CommitPoints.END), passed);
        assertTrue(Files.exists(whole.resolve("report.html")) && Files.isDirectory(whole.resolve("charts")));
    }

    @Test
    void calibrateStopsAfterTheGenerationItCommittedWhenItsLockIsReplaced() throws IOException {
        Path folder = dir.resolve("cal");
        List<String> seen = new ArrayList<>();
        Cli r = withStep(next -> {
            if (seen.isEmpty()) {
                loseLock(folder, next, true, new ArrayList<>()).accept(next);
            }
            seen.add(next);
        }, "calibrate", CalibrateCommandTest.SCENARIO, "--targets", CalibrateCommandTest.TARGETS, "--until", "2024-06",
                "--particles", "40", "--generations", "3", "--threads", "1", "--out", folder.toString());
        stopped(r, "replaced by another file");
        assertEquals(1, seen.size(), "stopped at the first point: " + seen);
        assertTrue(seen.get(0).startsWith("generation "), seen.toString());
        // one generation committed, the next never started, no report
        assertEquals(1, files(folder.resolve("generations")).size(), files(folder).toString());
        assertFalse(Files.exists(folder.resolve("report.html")));
    }

    @Test
    void mergeStopsBeforeItsNextFileWhenItsLockIsDeleted() throws IOException {
        Path s1 = dir.resolve("s1");
        Path s2 = dir.resolve("s2");
        MergeKillTest.shards(s1, s2);
        Path out = dir.resolve("merged");
        List<String> seen = new ArrayList<>();
        stopped(withStep(loseLock(out, "timeseries.csv", false, seen), "merge", s1.toString(),
                s2.toString(), "--out", out.toString()), "deleted");
        assertEquals(List.of("runs.csv", "timeseries.csv"), seen);
        assertEquals(List.of("runs.csv"), files(out));
    }

    @Test
    void reportStopsBeforeItWritesAnythingWhenItsLockIsDeletedWhileItChecksTheFolder() throws IOException {
        Path folder = dir.resolve("run");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "2", "--months", "4", "--out",
                folder.toString()).code());
        List<String> before = files(folder);
        long reportBytes = Files.size(folder.resolve("report.html"));
        Files.delete(folder.resolve("report.html"));
        List<String> seen = new ArrayList<>();
        stopped(withStep(loseLock(folder, "charts and report.html", false, seen), "report",
                folder.toString()), "deleted");
        assertFalse(Files.exists(folder.resolve("report.html")), "no report written after the lock went");
        assertTrue(reportBytes > 0);
        List<String> after = new ArrayList<>(before);
        after.remove("report.html");
        after.remove(FolderLock.FILE);
        assertEquals(after, files(folder));
    }

    @Test
    void runCommitsNoneOfItsFilesWhenItsLockIsDeletedBeforeThemAndAFolderCutBetweenThemIsCalledUnfinished()
            throws IOException {
        Path folder = dir.resolve("run");
        Map<String, String> outside = FolderCopy.outside(dir, folder);
        List<String> seen = new ArrayList<>();
        String[] args = {"run", "scenarios/baseline.yaml", "--replications", "2", "--months", "4", "--threads", "1",
                "--out", folder.toString()};
        stopped(withStep(loseLock(folder, RUN_FILES, false, seen), args), "deleted");
        assertEquals(List.of(RUN_FILES), seen);
        assertEquals(List.of(), files(folder), "no timeseries.csv, no runs.csv, no manifest, no temporary file");
        assertEquals(outside, FolderCopy.outside(dir, folder));

        // a kill between the renames (the manifest goes last): readers call the folder an unfinished run and say
        // how to finish it; the command they name does
        Path cut = dir.resolve("cut");
        String[] whole = args.clone();
        whole[whole.length - 1] = cut.toString();
        assertEquals(0, Cli.run(whole).code());
        Files.delete(cut.resolve("manifest.json"));
        for (String[] reader : List.of(new String[] {"report", cut.toString()},
                new String[] {"compare", cut.toString(), folder.toString(), "--out", dir.resolve("cmp").toString()})) {
            Cli r = Cli.run(reader);
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(cut + " is an unfinished run: it has timeseries.csv but no manifest.json"),
                    r.err());
            assertTrue(r.err().contains("run the `alliance-sim run` command that made it again with --out " + cut
                    + ": it runs the replicates again and finishes the folder"), r.err());
        }
        List<String> again = new ArrayList<>(List.of(whole));
        again.add("--force");
        assertEquals(0, Cli.run(again.toArray(String[]::new)).code());
        assertTrue(Files.exists(cut.resolve("manifest.json")));
    }

    @Test
    void whatifStopsAtTheFileItWasAboutToCommitWhenItsLockIsDeleted() throws IOException {
        String[] args = {"whatif", "scenarios/baseline.yaml", "--set", "sanctions.secondary=0.3", "--replications", "2",
                "--months", "4", "--threads", "1"};
        Path whole = dir.resolve("whole");
        List<String> passed = new ArrayList<>();
        assertEquals(0, withStep(passed::add, concat(args, whole)).code());
        assertEquals(List.of("before/" + RUN_FILES, "after/" + RUN_FILES, "before/charts", "after/charts", "summary and report.html",
                CommitPoints.END), passed);

        // lost while the after runs were written: before/ is whole, after/ has nothing but what came before the point
        Path folder = dir.resolve("lost");
        Map<String, String> outside = FolderCopy.outside(dir, folder);
        List<String> seen = new ArrayList<>();
        stopped(withStep(loseLock(folder, "after/" + RUN_FILES, false, seen), concat(args, folder)), "deleted");
        assertEquals(passed.subList(0, 2), seen);
        assertEquals(List.of("before/manifest.json", "before/runs.csv", "before/timeseries.csv"), files(folder));
        assertEquals(outside, FolderCopy.outside(dir, folder));

        // lost while before's charts were drawn: no chart of after, no report
        Path charts = dir.resolve("charts");
        stopped(withStep(loseLock(charts, "after/charts", true, new ArrayList<>()), concat(args, charts)),
                "replaced by another file");
        assertFalse(Files.exists(charts.resolve("after/charts")));
        assertFalse(Files.exists(charts.resolve("report.html")));
        assertTrue(Files.isDirectory(charts.resolve("before/charts")));
    }

    @Test
    void compareWritesNothingWhenItsLockIsDeletedBeforeItsFilesAndSaysSoWhenLostWhileWriting() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path p : List.of(a, b)) {
            assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "4", "--seed",
                    p == a ? "1" : "2", "--out", p.toString()).code());
        }
        Path whole = dir.resolve("whole");
        List<String> passed = new ArrayList<>();
        assertEquals(0, withStep(passed::add, "compare", a.toString(), b.toString(), "--out", whole.toString()).code());
        String first = passed.get(0);
        assertTrue(first.startsWith("charts of "), passed.toString());
        assertEquals(List.of("compare.csv", "manifest.json", "report.html", CommitPoints.END),
                passed.subList(passed.size() - 4, passed.size()));
        assertTrue(passed.size() > 5, "a point before each output's charts: " + passed);

        Path out = dir.resolve("cmp");
        Map<String, String> outside = FolderCopy.outside(dir, out);
        List<String> seen = new ArrayList<>();
        stopped(withStep(loseLock(out, first, false, seen), "compare", a.toString(),
                b.toString(), "--out", out.toString()), "deleted");
        assertEquals(List.of(first), seen);
        assertEquals(List.of(), files(out));
        assertEquals(outside, FolderCopy.outside(dir, out), "the compared folders are untouched");

        // lost half-way, after the charts: no compare.csv, manifest or report is written after the point
        Path mid = dir.resolve("mid");
        List<String> midSeen = new ArrayList<>();
        stopped(withStep(loseLock(mid, "compare.csv", false, midSeen), "compare", a.toString(), b.toString(), "--out",
                mid.toString()), "deleted");
        assertEquals(passed.subList(0, passed.size() - 3), midSeen);
        assertTrue(Files.isDirectory(mid.resolve("charts")));
        for (String later : List.of("compare.csv", "manifest.json", "report.html")) {
            assertFalse(Files.exists(mid.resolve(later)), later);
        }

        // replaced while it wrote: its files are there, but it does not call them good
        Path late = dir.resolve("late");
        Cli r = withStep(loseLock(late, CommitPoints.END, true, new ArrayList<>()), "compare", a.toString(),
                b.toString(), "--out", late.toString());
        stopped(r, "replaced by another file");
        assertFalse(r.out().contains("Compared"), r.out());
    }

    @Test
    void sweepDrawsNoChartsWhenItsLockIsDeletedAfterItsRunsAndResumeFinishesThem() throws IOException {
        Path folder = dir.resolve("sweep");
        Map<String, String> outside = FolderCopy.outside(dir, folder);
        List<String> seen = new ArrayList<>();
        stopped(withStep(loseLock(folder, "charts and report.html", false, seen), "sweep", GRID, "--replications", "2",
                "--months", "4", "--out", folder.toString()), "deleted");
        assertTrue(seen.contains("runs"), seen.toString());
        assertFalse(Files.exists(folder.resolve("charts")));
        assertFalse(Files.exists(folder.resolve("report.html")));
        assertEquals(outside, FolderCopy.outside(dir, folder));
        Cli resumed = Cli.run("sweep", "--resume", folder.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("wrote the missing charts and report"), resumed.out());
    }

    private static String[] concat(String[] args, Path out) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(out.toString());
        return all.toArray(String[]::new);
    }
}

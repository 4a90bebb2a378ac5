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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue #23, "the lock can be side-stepped", in run, calibrate, merge and report: the lock file deleted or replaced
 * while the command works (at one of its commit points, by a step the test puts there) stops the command at its next
 * point with exit 2, and nothing after that point is written.
 */
class LockCheckedMidWayTest {
    @TempDir
    Path dir;

    private static final String GRID = "scenarios/sanctions-vs-deterrence.yaml";

    /** A command line run in-process, with a step put before the lock check of each commit point of {@code command}. */
    private static Cli withStep(Function<CommandLine, CommitPoints> command, Consumer<String> step, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
        command.apply(cl).before = step;
        int code = Main.execute(cl, args);
        return new Cli(code, out.toString(), err.toString());
    }

    private static CommitPoints of(CommandLine cl, String name) {
        Object c = cl.getSubcommands().get(name).getCommand();
        return c instanceof RunCommand r ? r.commits : c instanceof CalibrateCommand k ? k.commits
                : c instanceof MergeCommand m ? m.commits : ((ReportCommand) c).commits;
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
        stopped(withStep(cl -> of(cl, "run"), loseLock(folder, "charts", false, seen), concat(args, folder)), "deleted");
        assertEquals(List.of("charts"), seen);
        // what the runs committed is there; no chart and no report was written after the lock went
        assertEquals(List.of("manifest.json", "runs.csv", "timeseries.csv"), files(folder));

        // the same command untouched passes both points and writes both
        Path whole = dir.resolve("whole");
        List<String> passed = new ArrayList<>();
        assertEquals(0, withStep(cl -> of(cl, "run"), passed::add, concat(args, whole)).code());
        assertEquals(List.of("charts", "report.html"), passed);
        assertTrue(Files.exists(whole.resolve("report.html")) && Files.isDirectory(whole.resolve("charts")));
    }

    @Test
    void calibrateStopsAfterTheGenerationItCommittedWhenItsLockIsReplaced() throws IOException {
        Path folder = dir.resolve("cal");
        List<String> seen = new ArrayList<>();
        Cli r = withStep(cl -> of(cl, "calibrate"), next -> {
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
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--months", "4", "--shard", "1/2", "--out",
                s1.toString()).code());
        assertEquals(0, Cli.run("sweep", GRID, "--replications", "2", "--months", "4", "--shard", "2/2", "--out",
                s2.toString()).code());
        Path out = dir.resolve("merged");
        List<String> seen = new ArrayList<>();
        stopped(withStep(cl -> of(cl, "merge"), loseLock(out, "timeseries.csv", false, seen), "merge", s1.toString(),
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
        stopped(withStep(cl -> of(cl, "report"), loseLock(folder, "charts and report.html", false, seen), "report",
                folder.toString()), "deleted");
        assertFalse(Files.exists(folder.resolve("report.html")), "no report written after the lock went");
        assertTrue(reportBytes > 0);
        List<String> after = new ArrayList<>(before);
        after.remove("report.html");
        after.remove(FolderLock.FILE);
        assertEquals(after, files(folder));
    }

    private static String[] concat(String[] args, Path out) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(out.toString());
        return all.toArray(String[]::new);
    }
}

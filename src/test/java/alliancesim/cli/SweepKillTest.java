package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed with SIGKILL in a child JVM and resumed ends with exactly the runs of a clean sweep. */
class SweepKillTest {
    @TempDir
    Path dir;

    private static final String[] SWEEP = {"sweep", "scenarios/sensitivity.yaml", "--replications", "4", "--threads", "2"};

    @Test
    void killNineThenResume() throws Exception {
        Path killed = dir.resolve("killed");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(SWEEP));
        command.addAll(List.of("--out", killed.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        Path progress = killed.resolve("progress.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !(Files.exists(progress) && committedPoints(progress) >= 2)) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(dir.resolve("child.log")));
        // One writer at a time: while the child sweeps, a second writer of its folder is refused at once.
        Cli second = Cli.run(append(SWEEP, "--resume", killed.toString()));
        assertEquals(2, second.code(), second.err());
        assertTrue(second.err().contains(killed + " is in use by another alliance-sim process (pid " + child.pid() + ")"),
                second.err());
        Cli forced = Cli.run("run", "scenarios/baseline.yaml", "--replications", "1", "--out", killed.toString(), "--force");
        assertEquals(2, forced.code(), forced.err());
        assertTrue(forced.err().contains("pid " + child.pid()), forced.err());
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        int done = committedPoints(progress);
        assertTrue(done < 8192, "killed part-way: " + done + " points committed");

        String[] resume = append(SWEEP, "--resume", killed.toString());
        assertEquals(0, Cli.run(resume).code());
        Path clean = dir.resolve("clean");
        assertEquals(0, Cli.run(append(SWEEP, "--out", clean.toString())).code());
        for (String f : List.of("runs.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        assertEquals(1 + 8192 * 4, Files.readAllLines(killed.resolve("runs.csv")).size());
        assertTrue(new File(killed.toFile(), "sensitivity.csv").length() > 100);
    }

    @Test
    void sigtermPrintsTheResumeCommand() throws Exception {
        Path stopped = dir.resolve("stopped");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(SWEEP));
        command.addAll(List.of("--out", stopped.toString()));
        Path log = dir.resolve("term.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path progress = stopped.resolve("progress.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !(Files.exists(progress) && committedPoints(progress) >= 1)) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the child finished before it could be stopped: " + Files.readString(log));
        child.destroy(); // SIGTERM on Unix: shutdown hooks run
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        String printed = Files.readString(log);
        assertTrue(printed.contains("finish the sweep with\n  alliance-sim sweep --resume " + stopped), printed);
    }

    private static int committedPoints(Path progress) {
        try {
            String text = Files.readString(progress);
            return Integer.parseInt(text.replaceAll("(?s).*\"points_done\":(\\d+).*", "$1"));
        } catch (Exception e) {
            return 0;
        }
    }

    private static String[] append(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }
}

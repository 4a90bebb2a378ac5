package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23, "a killed merge the same": SIGINT or SIGTERM while `merge` works prints the command the user typed, which
 * finishes it when run again, as a sweep prints its resume command.
 */
class MergeInterruptTest {
    @TempDir
    Path dir;

    /**
     * A child process's main: the command line of its arguments, whose merge stops at its timeseries.csv commit point,
     * says so in the file named by the first argument, and waits there to be stopped.
     */
    public static void main(String[] args) {
        Path reached = Path.of(args[0]);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Main.execute(Main.commandLine(out, err, (lock, next) -> {
            if (next.equals("timeseries.csv")) {
                try {
                    Files.writeString(reached, next);
                    Thread.sleep(TimeUnit.SECONDS.toMillis(60));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            lock.verify();
        }), Arrays.copyOfRange(args, 1, args.length));
        System.exit(0);
    }

    @Test
    void aMergeStoppedWithSigtermPrintsTheCommandThatFinishesIt() throws Exception {
        Path s1 = dir.resolve("shard one");
        Path s2 = dir.resolve("s2");
        MergeKillTest.shards(s1, s2);
        Path out = dir.resolve("merged");
        Path reached = dir.resolve("reached");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-D" + Launcher.PROPERTY + "=./alliance-sim", "-cp",
                System.getProperty("java.class.path"), MergeInterruptTest.class.getName(), reached.toString(),
                "merge", s1.toString(), s2.toString(), "--out", out.toString()));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !Files.exists(reached) && child.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the merge ended before it could be stopped: " + Files.readString(log));
        child.destroy(); // SIGTERM on Unix: shutdown hooks run
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        String printed = Files.readString(log);
        String typed = "./alliance-sim merge '" + s1 + "' " + s2 + " --out " + out;
        assertTrue(printed.contains("interrupted: the merge is not finished; run the same command again"), printed);
        assertTrue(printed.contains("\n  " + typed + "\n"), printed);

        // the command printed, run again, finishes the merge
        Cli again = Cli.run("merge", s1.toString(), s2.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("merged again from them"), again.out());
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void theCommandIsPrintedSoThatAShellReadsTheSameWords() {
        assertEquals("alliance-sim merge 'a b' 'it'\\''s' '' --out x/y-1", Launcher.command(List.of("merge", "a b",
                "it's", "", "--out", "x/y-1")));
    }
}

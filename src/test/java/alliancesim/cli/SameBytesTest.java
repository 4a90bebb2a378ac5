package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes (#23): every command that writes results, run in one JVM and again in another (a
 * Map.of's order, a hash seed, an identity hash differ from one JVM to the next), writes the same files byte for
 * byte. Left out, because they are the clock's and the machine's and nothing else's:
 * <ul>
 * <li>the folders' own paths (each JVM writes under its own root; a merged manifest names its shard folders),
 * replaced by {@code ROOT};</li>
 * <li>lines of timings: a manifest's {@code started}, {@code finished} and {@code seconds}, calibration.yaml's
 * seconds, and the started and duration rows of report.html's table of the run (when the work was done and how
 * long it took, not what it found).</li>
 * </ul>
 * Each JVM runs every command in turn ({@link Commands}), so the test starts two JVMs, not two a command.
 */
class SameBytesTest {
    @TempDir
    Path dir;

    private static final String SWEEP = "scenarios/sanctions-vs-deterrence.yaml";

    /** The command lines, with ROOT for the JVM's own folder. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "6", "--threads", "2",
                    "--out", "ROOT/run"),
            List.of("sweep", SWEEP, "--replications", "2", "--months", "4", "--threads", "2", "--out", "ROOT/sweep"),
            List.of("sweep", SWEEP, "--replications", "2", "--months", "4", "--threads", "2", "--shard", "1/2",
                    "--out", "ROOT/shard1"),
            List.of("sweep", SWEEP, "--replications", "2", "--months", "4", "--threads", "2", "--shard", "2/2",
                    "--out", "ROOT/shard2"),
            List.of("merge", "ROOT/shard1", "ROOT/shard2", "--out", "ROOT/merged"),
            List.of("whatif", "scenarios/baseline.yaml", "--set", "sanctions.secondary=0.3", "--replications", "3",
                    "--months", "6", "--threads", "2", "--out", "ROOT/whatif"),
            // a second run folder, whose charts and report `report` then rebuilds
            List.of("run", "scenarios/baseline.yaml", "--replications", "3", "--months", "6", "--threads", "2",
                    "--out", "ROOT/report"),
            List.of("report", "ROOT/report"),
            // the commands that read folders and write their own: a paired comparison, scenario discovery on the sweep
            List.of("compare", "ROOT/whatif/before", "ROOT/whatif/after", "--out", "ROOT/compare"),
            List.of("discover", "ROOT/sweep", "--where", "regional_tension > 0.85", "--out", "ROOT/discover"),
            // and the validity check, which runs the model with each posterior and writes validity.md and its figures
            List.of("validity", "scenarios/baseline.yaml", "--replications", "4", "--out", "ROOT/validity"));

    @Test
    void everyCommandWritesTheSameBytesInTwoJvms() throws IOException, InterruptedException {
        Map<String, byte[]> first = inNewJvm(dir.resolve("a"));
        Map<String, byte[]> second = inNewJvm(dir.resolve("b"));
        assertEquals(first.keySet(), second.keySet());
        assertEquals(List.of(), differing(first, second), "files that differ between two JVMs");
        for (String folder : List.of("run/", "sweep/", "merged/", "whatif/", "report/", "compare/", "discover/")) {
            assertTrue(first.keySet().stream().anyMatch(f -> f.startsWith(folder + "charts/")), folder + " has no charts");
        }
        for (String file : List.of("compare/compare.csv", "discover/discovery.csv", "discover/box.csv",
                "validity/validity.md")) {
            assertTrue(first.containsKey(file), file + " was compared");
        }
    }

    /** The files whose bytes differ, each with its first differing line. */
    private static List<String> differing(Map<String, byte[]> first, Map<String, byte[]> second) {
        List<String> differ = new ArrayList<>();
        for (String f : first.keySet()) {
            if (!Arrays.equals(first.get(f), second.get(f))) {
                List<String> a = new String(first.get(f), StandardCharsets.ISO_8859_1).lines().toList();
                List<String> b = new String(second.get(f), StandardCharsets.ISO_8859_1).lines().toList();
                int i = 0;
                while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                    i++;
                }
                differ.add(f + " line " + (i + 1) + ": " + (i < a.size() ? a.get(i) : "(end)") + " | "
                        + (i < b.size() ? b.get(i) : "(end)"));
            }
        }
        return differ;
    }

    @Test
    void calibrateWritesTheSameBytesInTwoJvms() throws IOException, InterruptedException {
        List<String> calibrate = List.of("calibrate", CalibrateCommandTest.SCENARIO, "--targets",
                CalibrateCommandTest.TARGETS, "--until", "2024-06", "--particles", "40", "--generations", "2",
                "--threads", "2", "--out", "ROOT/calibrate");
        Map<String, byte[]> first = inNewJvm(dir.resolve("a"), List.of(calibrate));
        Map<String, byte[]> second = inNewJvm(dir.resolve("b"), List.of(calibrate));
        assertEquals(first.keySet(), second.keySet());
        assertEquals(List.of(), differing(first, second), "files that differ between two JVMs");
    }

    private static Map<String, byte[]> inNewJvm(Path root) throws IOException, InterruptedException {
        return inNewJvm(root, COMMANDS);
    }

    /** The files the commands write under {@code root} in a new JVM, with the root's path and the timings taken out. */
    private static Map<String, byte[]> inNewJvm(Path root, List<List<String>> commands)
            throws IOException, InterruptedException {
        Files.createDirectories(root);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Commands.class.getName()));
        for (List<String> c : commands) {
            command.add(Commands.NEXT);
            c.forEach(word -> command.add(word.replace("ROOT", root.toString())));
        }
        Path log = root.resolveSibling(root.getFileName() + ".log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the commands did not finish in 10 minutes");
        }
        assertEquals(0, child.exitValue(), Files.readString(log));
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                byte[] bytes = Files.readAllBytes(p);
                files.put(name, name.endsWith(".png") ? bytes : normalized(new String(bytes, StandardCharsets.UTF_8),
                        root.toString()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Text with the JVM's root folder as ROOT and the lines of timings taken out. */
    private static String normalized(String text, String root) {
        return text.replace(root, "ROOT").replaceAll("(?m)^\\s*\"?[a-z_]*(started|finished|second)[a-z_]*\"?\\s*:.*$", "")
                .replaceAll("(?m)^<tr><td>(started|duration)</td>.*$", "");
    }

    /** A child JVM's main: runs each command line (each after {@value #NEXT}) in turn, stopping at the first failure. */
    public static final class Commands {
        static final String NEXT = "--next-command--";

        public static void main(String[] args) {
            PrintWriter out = new PrintWriter(System.out, true);
            PrintWriter err = new PrintWriter(System.err, true);
            List<String> all = Arrays.asList(args);
            int start = 0;
            while (start < all.size()) {
                int end = all.subList(start + 1, all.size()).indexOf(NEXT);
                end = end < 0 ? all.size() : start + 1 + end;
                int code = Main.execute(all.subList(start + 1, end).toArray(String[]::new), out, err);
                if (code != 0) {
                    err.println("exit " + code + ": " + all.subList(start + 1, end));
                    System.exit(code);
                }
                start = end;
            }
            System.exit(0);
        }
    }
}

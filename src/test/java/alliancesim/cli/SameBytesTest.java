package alliancesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes (#23): `calibrate` run twice, each in its own JVM (a Map.of's order, a
 * hash seed, differ from one JVM to the next), writes the same files byte for byte; only the
 * manifest's timings and the folder's own path may differ, and they are taken out before comparing.
 */
class SameBytesTest {
    @TempDir
    Path dir;

    @Test
    void calibrateWritesTheSameBytesInTwoJvms() throws IOException, InterruptedException {
        Map<String, byte[]> first = calibrate(dir.resolve("a"));
        Map<String, byte[]> second = calibrate(dir.resolve("b"));
        assertEquals(first.keySet(), second.keySet());
        for (String f : first.keySet()) {
            assertEquals(new String(first.get(f), StandardCharsets.ISO_8859_1),
                    new String(second.get(f), StandardCharsets.ISO_8859_1), f + " differs between two JVMs");
        }
    }

    /** The files of a calibration run in a new JVM, with the folder's path and the timings taken out. */
    private static Map<String, byte[]> calibrate(Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "calibrate", CalibrateCommandTest.SCENARIO, "--targets", CalibrateCommandTest.TARGETS, "--until", "2024-06", "--particles", "40", "--generations",
                "2", "--threads", "2", "--out", out.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("calibrate did not finish in 5 minutes");
        }
        assertEquals(0, child.exitValue(), Files.readString(out.resolveSibling(out.getFileName() + ".log")));
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(p).toString();
                byte[] bytes = Files.readAllBytes(p);
                files.put(name, name.endsWith(".png") ? bytes : normalized(name, new String(bytes, StandardCharsets.UTF_8),
                        out.toString()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Text with the folder's own path as OUT and the lines of timings (manifest.json, calibration.yaml) taken out. */
    private static String normalized(String name, String text, String folder) {
        return text.replace(folder, "OUT").replaceAll("(?m)^\\s*\"?[a-z_]*(started|finished|second)[a-z_]*\"?\\s*:.*$", "");
    }
}

package alliancesim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The teacher's window as {@code alliance-sim gui} opens it, on a real X screen (Xvfb) of each size
 * the issue names: every window lies on the screen and none covers another, so the console's play
 * bar is never hidden. The window opens in a child Java ({@link WindowBoundsProbe}) whose DISPLAY is
 * the Xvfb screen; the test is skipped where Xvfb is not installed.
 */
class WindowPlacementTest {
    private static final long CAP_SECONDS = 120;

    @ParameterizedTest
    @CsvSource({"1280, 720", "1600, 1000", "1920, 1080"})
    void everyWindowOfTheGuiCommandIsOnScreenAndNoneCoversTheConsole(int width, int height) throws Exception {
        Path xvfb = onPath("Xvfb");
        assumeTrue(xvfb != null, "Xvfb is not on PATH: the placement of real windows is not checked here"
                + " (install xvfb to run this test; WindowLayoutTest checks the geometry alone)");
        Process server = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-nolisten", "tcp", "-screen", "0",
                width + "x" + height + "x24").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = firstLine(server); // Xvfb writes its display number once it accepts clients
            assumeTrue(display != null && display.matches("\\d+"), "Xvfb did not start: " + display);
            List<String> lines = windowsShown(":" + display);
            Rectangle screen = new Rectangle(0, 0, width, height);
            assertTrue(lines.contains("SCREEN 0 0 " + width + " " + height), "the Java saw the Xvfb screen: " + lines);
            List<Rectangle> windows = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Rectangle console = null;
            for (String line : lines) {
                if (!line.startsWith("WINDOW ")) {
                    continue;
                }
                String[] f = line.split(" ", 7);
                Rectangle r = new Rectangle(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]));
                String name = f[5] + " '" + f[6] + "' " + r;
                assertTrue(screen.contains(r), name + " is not fully on the " + width + "x" + height + " screen");
                console = f[5].equals("console") ? r : console;
                windows.add(r);
                names.add(name);
            }
            assertTrue(console != null, "the console is shown: " + lines);
            assertEquals(WindowBoundsProbe.EXPECTED_WINDOWS, windows.size(), "map, log, live charts and console: " + names);
            assertTrue(names.stream().anyMatch(n -> n.contains("'Live charts'")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("'What happened'")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("'alliance-sim: ")), "the map: " + names);
            for (int i = 0; i < windows.size(); i++) {
                for (int j = i + 1; j < windows.size(); j++) {
                    assertFalse(windows.get(i).intersects(windows.get(j)), names.get(i) + " overlaps " + names.get(j));
                }
            }
            // ▶ plays: the window opens paused on its first month with ▶'s play icon (not MASON's step icon),
            // and a click on ▶ sets the console playing and the months go on (two more before the probe's cap).
            String play = lines.stream().filter(l -> l.startsWith("PLAY ")).findFirst().orElse("PLAY absent");
            String[] p = play.split(" ");
            assertEquals(6, p.length, play);
            assertEquals(sim.display.Console.PS_PAUSED, Integer.parseInt(p[1]), "opens paused: " + play);
            assertEquals(1, Long.parseLong(p[2]), "on its first month: " + play);
            assertEquals("NotPlaying.png", p[3], "▶ shows the play icon while paused: " + play);
            assertEquals(sim.display.Console.PS_PLAYING, Integer.parseInt(p[4]), "▶ plays: " + play);
            assertTrue(Long.parseLong(p[5]) >= 3, "the months go on after ▶: " + play);
            // MASON's list of demo models (some need Java3D) is not loaded: no warning on start.
            assertTrue(lines.stream().noneMatch(l -> l.contains("Java3D") || l.startsWith("WARNING")), lines.toString());
            // The Model tab's rows fit the console: no horizontal scroll bar over the value boxes.
            String fit = lines.stream().filter(l -> l.startsWith("MODELTAB ")).findFirst().orElse("MODELTAB absent");
            String[] f = fit.split(" ");
            assertTrue(f.length == 3 && Integer.parseInt(f[2]) <= Integer.parseInt(f[1]) && Integer.parseInt(f[1]) > 0,
                    "the Model tab's rows need more width than the console shows (" + fit + ", shown then needed)");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Opens the gui command's windows in a child Java on {@code display} and returns what the probe printed. */
    private static List<String> windowsShown(String display) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=false", "-cp",
                System.getProperty("java.class.path"), WindowBoundsProbe.class.getName(), "gui",
                Path.of("scenarios", "baseline.yaml").toString()).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process gui = pb.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(gui.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    synchronized (lines) {
                        lines.add(l);
                    }
                }
            } catch (IOException e) {
                // the child ended; what it printed so far is what there is
            }
        });
        reader.start();
        boolean ended = gui.waitFor(CAP_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            gui.destroyForcibly();
        }
        reader.join(10_000);
        synchronized (lines) {
            assertTrue(ended && gui.exitValue() == 0, "the window probe ended with its report within " + CAP_SECONDS
                    + " s: " + lines);
            return List.copyOf(lines);
        }
    }

    private static String firstLine(Process p) throws IOException {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}

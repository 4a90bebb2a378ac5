package alliancesim.gui;

import alliancesim.cli.Main;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * A test hook, run in a child Java by {@link WindowPlacementTest}: opens the teacher's window exactly
 * as {@code alliance-sim gui} does (through {@link Main}), waits until its windows are shown and stand
 * still, prints the usable screen and each window's bounds on screen, and ends the Java.
 *
 * <p>Output, one line each: {@code SCREEN x y w h}, then {@code WINDOW x y w h kind title} where kind
 * is {@code console} for MASON's Console and {@code frame} otherwise; {@code TIMEOUT ...} if the
 * windows never settle.
 */
public final class WindowBoundsProbe {
    /** The map, the event log, the live charts and the console. */
    static final int EXPECTED_WINDOWS = 4;
    private static final long CAP_MS = 90_000;
    private static final long POLL_MS = 100;
    /** Polls in a row with the same bounds before they count as settled. */
    private static final int STILL_POLLS = 5;

    private WindowBoundsProbe() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(WindowBoundsProbe::reportWhenSettled, "window-bounds-probe");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(args); // the gui command: returns only when its window closes
    }

    private static void reportWhenSettled() {
        long deadline = System.currentTimeMillis() + CAP_MS;
        List<String> last = List.of();
        int still = 0;
        try {
            while (System.currentTimeMillis() < deadline) {
                List<String> now = onSwing();
                still = now.size() >= EXPECTED_WINDOWS && now.equals(last) ? still + 1 : 0;
                last = now;
                if (still >= STILL_POLLS) {
                    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
                    System.out.println("SCREEN " + screen.x + " " + screen.y + " " + screen.width + " " + screen.height);
                    now.forEach(System.out::println);
                    System.out.flush();
                    System.exit(0);
                }
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException | java.lang.reflect.InvocationTargetException e) {
            System.out.println("TIMEOUT interrupted: " + e);
            System.exit(3);
        }
        System.out.println("TIMEOUT after " + CAP_MS + " ms; windows shown: " + last);
        System.out.flush();
        System.exit(3);
    }

    /** The bounds of every shown frame, read on the Swing thread. */
    private static List<String> onSwing() throws InterruptedException, java.lang.reflect.InvocationTargetException {
        List<String> lines = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof Frame f) {
                    java.awt.Point p = w.getLocationOnScreen();
                    String kind = w instanceof sim.display.Console ? "console" : "frame";
                    lines.add("WINDOW " + p.x + " " + p.y + " " + w.getWidth() + " " + w.getHeight() + " " + kind + " "
                            + f.getTitle());
                }
            }
        });
        return lines;
    }
}

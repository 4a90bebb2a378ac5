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
 * is {@code console} for MASON's Console and {@code frame} otherwise, then {@code MODELTAB shown
 * needed} (see {@link #modelTabFit}); {@code TIMEOUT ...} if the windows never settle.
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
                    System.out.println(modelTabFit());
                    System.out.println(play());
                    System.out.flush();
                    System.exit(0);
                }
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException | java.lang.reflect.InvocationTargetException e) {
            System.out.println("TIMEOUT interrupted: " + e + (e.getCause() == null ? "" : " caused by " + e.getCause()
                    + " at " + java.util.Arrays.toString(e.getCause().getStackTrace())));
            System.exit(3);
        }
        System.out.println("TIMEOUT after " + CAP_MS + " ms; windows shown: " + last);
        System.out.flush();
        System.exit(3);
    }

    /**
     * Presses ▶ as a teacher does (a click on the button) on the run the gui command opened paused on its
     * first month, and reports {@code PLAY stateBefore stepsBefore icon stateAfter stepsAfter}: the
     * console's play state (MASON's PS_ constants) and the months stepped, before the click and once two
     * more months have played (or at the probe's cap); icon is the image file ▶ shows before the click.
     */
    private static String play() throws InterruptedException, java.lang.reflect.InvocationTargetException {
        TeacherConsole[] console = new TeacherConsole[1];
        String[] before = new String[1];
        EventQueue.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof TeacherConsole c) {
                    console[0] = c;
                }
            }
            if (console[0] != null) {
                before[0] = state(console[0]) + " " + iconName(console[0].play().getIcon());
                console[0].play().doClick();
            }
        });
        if (console[0] == null) {
            return "PLAY no TeacherConsole shown";
        }
        long firstSteps = Long.parseLong(before[0].split(" ")[1]);
        long deadline = System.currentTimeMillis() + 30_000;
        String after = state(console[0]);
        while (System.currentTimeMillis() < deadline && Long.parseLong(after.split(" ")[1]) < firstSteps + 2) {
            Thread.sleep(100);
            after = state(console[0]);
        }
        return "PLAY " + before[0] + " " + after;
    }

    private static String state(TeacherConsole c) {
        return c.getPlayState() + " " + c.getSimulation().state.schedule.getSteps();
    }

    /** The image file an icon was loaded from ("NotPlaying.png" is MASON's ▶, "StepOff.png" its step). */
    private static String iconName(javax.swing.Icon icon) {
        String d = icon instanceof javax.swing.ImageIcon i ? i.getDescription() : null;
        return d == null ? "none" : d.substring(d.lastIndexOf('/') + 1);
    }

    /**
     * Opens the console's Model tab, lets it lay out, and reports {@code MODELTAB shown needed}: the
     * width its scroll pane shows and the width its rows (name, slider, value box) need; needed above
     * shown means a horizontal scroll bar hides the value boxes.
     */
    private static String modelTabFit() throws InterruptedException, java.lang.reflect.InvocationTargetException {
        javax.swing.JComponent[] tab = new javax.swing.JComponent[1];
        EventQueue.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof sim.display.Console c) {
                    for (javax.swing.JTabbedPane tabs : all(c, javax.swing.JTabbedPane.class)) {
                        int i = tabs.indexOfTab("Model");
                        if (i >= 0) {
                            tabs.setSelectedIndex(i);
                            tab[0] = (javax.swing.JComponent) tabs.getComponentAt(i);
                        }
                    }
                }
            }
        });
        if (tab[0] == null) {
            return "MODELTAB missing";
        }
        // The inspector is built and laid out when its tab is first shown: wait until its width reads
        // the same twice in a row (or the probe's cap), not a fixed time a slow machine might exceed.
        String last = "MODELTAB -1 -1";
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            String now = modelTabWidths(tab[0]);
            if (now.equals(last) && !now.equals("MODELTAB -1 -1")) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static String modelTabWidths(javax.swing.JComponent tab)
            throws InterruptedException, java.lang.reflect.InvocationTargetException {
        String[] fit = new String[1];
        EventQueue.invokeAndWait(() -> {
            int shown = -1;
            int needed = -1;
            int worst = Integer.MIN_VALUE;
            List<javax.swing.JScrollPane> panes = all(tab, javax.swing.JScrollPane.class);
            if (tab instanceof javax.swing.JScrollPane itself) {
                panes.add(0, itself); // MASON's Model tab is itself the scroll pane
            }
            for (javax.swing.JScrollPane pane : panes) {
                if (pane.isShowing() && pane.getViewport().getView() != null) {
                    int viewShown = pane.getViewport().getExtentSize().width;
                    int viewNeeded = pane.getViewport().getView().getPreferredSize().width;
                    if (viewNeeded - viewShown > worst) {
                        worst = viewNeeded - viewShown;
                        shown = viewShown;
                        needed = viewNeeded;
                    }
                }
            }
            fit[0] = "MODELTAB " + shown + " " + needed;
        });
        return fit[0];
    }

    private static <T> List<T> all(java.awt.Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (java.awt.Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof java.awt.Container inner) {
                found.addAll(all(inner, type));
            }
        }
        return found;
    }

    /** The bounds of every shown frame, read on the Swing thread. */
    private static List<String> onSwing() throws InterruptedException, java.lang.reflect.InvocationTargetException {
        List<String> lines = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof Frame f) {
                    java.awt.Point p;
                    try {
                        p = w.getLocationOnScreen();
                    } catch (java.awt.IllegalComponentStateException notYetMapped) {
                        continue; // shown, but X has not placed it yet: the next poll reads it (windows not settled)
                    }
                    String kind = w instanceof sim.display.Console ? "console" : "frame";
                    lines.add("WINDOW " + p.x + " " + p.y + " " + w.getWidth() + " " + w.getHeight() + " " + kind + " "
                            + f.getTitle());
                }
            }
        });
        return lines;
    }
}

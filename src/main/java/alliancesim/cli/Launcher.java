package alliancesim.cli;

/**
 * The program's name as the user typed it ("./alliance-sim", "alliance-sim"), passed by the
 * launcher script, so that a command printed for the user to run again works when pasted.
 */
final class Launcher {
    /** The system property the launcher script sets to its own path as typed ($0). */
    static final String PROPERTY = "alliancesim.launcher";

    private Launcher() {
    }

    static String name() {
        String typed = System.getProperty(PROPERTY, "").strip();
        return typed.isEmpty() ? "alliance-sim" : typed;
    }
}

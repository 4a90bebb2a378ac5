package alliancesim.cli;

/**
 * The program's name as the user typed it ("./alliance-sim", "alliance-sim"), passed by the
 * launcher script, so that a command printed for the user to run again works when pasted.
 */
final class Launcher {
    /** The system property the launcher script sets to its own path as typed ($0). */
    static final String PROPERTY = "alliancesim.launcher";
    /** Words a POSIX shell reads as they are. */
    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9_./=:,+@%^-]+");

    private Launcher() {
    }

    static String name() {
        String typed = System.getProperty(PROPERTY, "").strip();
        return typed.isEmpty() ? "alliance-sim" : typed;
    }

    /** The program's name and {@code args} as a shell line that gives the same words when pasted. */
    static String command(java.util.List<String> args) {
        StringBuilder line = new StringBuilder(name());
        for (String a : args) {
            line.append(' ').append(SAFE.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }
}

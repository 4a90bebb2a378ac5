package alliancesim.cli;

import java.io.PrintWriter;

/**
 * While a sweep runs, Ctrl-C (SIGINT) or SIGTERM print the command that finishes it before the
 * process exits; what was committed stays on disk. Removed when the sweep ends normally.
 */
final class InterruptNotice implements AutoCloseable {
    private final Thread hook;

    InterruptNotice(PrintWriter err, String resumeCommand) {
        this.hook = new Thread(() -> {
            err.printf("%ninterrupted: the runs committed so far are kept; finish the sweep with%n  %s%n", resumeCommand);
            err.flush();
        }, "sweep-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs
        }
    }
}

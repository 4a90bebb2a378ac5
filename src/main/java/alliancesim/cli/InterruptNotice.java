package alliancesim.cli;

import java.io.PrintWriter;

/**
 * While a sweep or a merge runs, Ctrl-C (SIGINT) or SIGTERM print the command that finishes it before the
 * process exits; what was committed stays on disk. Removed when the command ends normally.
 */
final class InterruptNotice implements AutoCloseable {
    private final Thread hook;

    private InterruptNotice(PrintWriter err, String text) {
        this.hook = new Thread(() -> {
            err.printf("%ninterrupted: %s%n", text);
            err.flush();
        }, "interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A sweep's: the runs committed are kept, and {@code resumeCommand} finishes it. */
    static InterruptNotice sweep(PrintWriter err, String resumeCommand) {
        return new InterruptNotice(err, sweepText(resumeCommand));
    }

    /** A merge's: running the same command again ({@code command}, as typed) finishes it. */
    static InterruptNotice merge(PrintWriter err, String command) {
        return new InterruptNotice(err, mergeText(command));
    }

    static String sweepText(String resumeCommand) {
        return String.format("the runs committed so far are kept; finish the sweep with%n  %s", resumeCommand);
    }

    static String mergeText(String command) {
        return String.format("the merge is not finished; run the same command again to finish it (the shards are"
                + " untouched, and the merged folder ends byte for byte as an uninterrupted merge):%n  %s", command);
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

package alliancesim.cli;

import alliancesim.files.FileErrors;
import alliancesim.files.InvalidInputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * What a command's exception tells the user, and its exit code. Invalid input (exit 2) is said by the exception's type
 * alone, {@link InvalidInputException}: an IllegalArgumentException is no longer read as bad input, because it is
 * also what a broken internal check, or a library called wrongly, throws, and such a bug must not be blamed on the
 * user's file. picocli's own errors in the options never get here (it reports them as usage errors, exit 2).
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    ExitCodes(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        int code;
        if (e instanceof InvalidInputException) {
            err.println("error: " + e.getMessage());
            code = Main.INVALID_INPUT;
        } else if (e instanceof UncheckedIOException io) {
            // A message that is only the cause's class and text gets words instead.
            boolean bare = io.getCause() != null && String.valueOf(io.getMessage()).equals(io.getCause().toString());
            err.println("error: " + (bare ? FileErrors.describe("a file could not be read or written", io.getCause())
                    : io.getMessage()));
            code = Main.ERROR;
        } else {
            // No stack trace for the user; ALLIANCE_SIM_DEBUG=1 shows it to whoever fixes the cause.
            err.println("error: alliance-sim stopped on an internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it with the command"
                    + " line. Run again with ALLIANCE_SIM_DEBUG=1 for the details");
            if (System.getenv("ALLIANCE_SIM_DEBUG") != null) {
                e.printStackTrace(err);
            }
            code = Main.ERROR;
        }
        err.flush();
        return code;
    }
}

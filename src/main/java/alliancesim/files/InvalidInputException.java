package alliancesim.files;

/**
 * Input a user gave that alliance-sim cannot use: a command-line option, a scenario, targets, posterior, CSV or
 * manifest file, a --where condition, a result folder that is not usable. The message names the file (and line) or
 * option and what to do; the command line reports it as invalid input (exit 2). Any other exception, an
 * IllegalArgumentException of an internal check included, is an internal error, so a broken precondition of our own
 * code never reaches the user as "your input is bad".
 *
 * <p>It lives in {@code files} because that package is JDK-only and a leaf: every package that reads what a user
 * gives (evidence, scenario, results, analysis, batch, calibrate, report, cli) may use it without a cycle. The
 * dependency table gained {@code evidence -> files}, {@code scenario -> files} and {@code analysis -> files} for it
 * (see DependencyDirectionTest); none of them takes anything else from {@code files}. The model and stats never
 * throw it: what reaches them is checked before, so their checks are internal.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

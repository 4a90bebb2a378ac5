package alliancesim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `alliance-sim` command line. Exit codes: 0 ok, 1 some runs failed, 2 invalid input, 3 error. */
@Command(name = "alliance-sim", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Agent-based simulation of the Russia-North Korea alliance (MASON).",
        subcommands = {RunCommand.class, SweepCommand.class, CalibrateCommand.class, ValidityCommand.class, MergeCommand.class, BenchCommand.class, ValidateCommand.class, ParamsCommand.class, GuiCommand.class, ServeCommand.class, WhatIfCommand.class, CompareCommand.class, TableCommand.class, ReportCommand.class, DiscoverCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    public static final int OK = 0;
    public static final int RUNS_FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, out, err));
    }

    /** Runs a command line with the given streams; tests call this instead of main. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(commandLine(out, err), args);
    }

    /** The command line, its commands made and not yet run, checking their locks at each commit point. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, CommitPoints.CHECKED);
    }

    /** The command line whose writing commands pass their commit points through {@code commits}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, CommitPoints commits) {
        CommandLine cl = new CommandLine(new Main(), new Commands(commits));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true); // `--method mcmc` and `--format csv` as the help writes them
        cl.setExecutionExceptionHandler(new ExitCodes(err));
        return cl;
    }

    /** Makes the commands that commit files with the command line's commit points; everything else as picocli does. */
    private record Commands(CommitPoints commits) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            Object made = type == RunCommand.class ? new RunCommand(commits)
                    : type == SweepCommand.class ? new SweepCommand(commits)
                    : type == WhatIfCommand.class ? new WhatIfCommand(commits)
                    : type == CompareCommand.class ? new CompareCommand(commits)
                    : type == MergeCommand.class ? new MergeCommand(commits)
                    : type == ReportCommand.class ? new ReportCommand(commits)
                    : type == CalibrateCommand.class ? new CalibrateCommand(commits)
                    : type == DiscoverCommand.class ? new DiscoverCommand(commits)
                    : type == ValidityCommand.class ? new ValidityCommand(commits)
                    : null;
            return made == null ? CommandLine.defaultFactory().create(type) : type.cast(made);
        }
    }

    /** Runs a command line made by {@link #commandLine}. */
    static int execute(CommandLine cl, String[] args) {
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes Errors through; without this the JVM would print a stack trace and exit 1 ("runs failed").
            err.println("error: Java ran out of memory (" + e.getMessage() + "); give it more heap, e.g."
                    + " JAVA_TOOL_OPTIONS=-Xmx4g, or use fewer --threads; a sweep goes on with --resume DIR");
            code = ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** A bare `alliance-sim` is a usage error: the usage goes to stderr and the exit code is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INVALID_INPUT;
    }
}

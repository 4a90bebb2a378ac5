package alliancesim.cli;

import alliancesim.analysis.Discovery;
import alliancesim.analysis.Prim;
import alliancesim.analysis.PrimBox;
import alliancesim.analysis.SweepRuns;
import alliancesim.analysis.WhereExpression;
import alliancesim.files.InvalidInputException;
import alliancesim.report.DiscoveryReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `discover DIR --where EXPR`: PRIM scenario discovery on a sweep folder's runs. */
@Command(name = "discover", description = "Scenario discovery (PRIM): under which factor values do the runs of --where happen?")
final class DiscoverCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a sweep folder with a random, lhs or grid design")
    Path dir;

    @Option(names = "--where", required = true, paramLabel = "EXPR",
            description = "the runs of interest, on final outputs: e.g. \"front_balance < 0 and regional_tension > 1\"")
    String where;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<name>-discover/<timestamp>)")
    Path out;

    @Option(names = "--box", paramLabel = "N", description = "the box of the trajectory to report (default: the knee,"
            + " the box nearest coverage 1 and density 1)")
    Integer box;

    @Option(names = "--min-density", paramLabel = "D", description = "choose the box of highest coverage with at least"
            + " this density instead of the knee")
    Double minDensity;

    @Option(names = "--alpha", paramLabel = "A", description = "peel fraction (default: ${DEFAULT-VALUE})")
    double alpha = Prim.DEFAULT_ALPHA;

    @Option(names = "--min-mass", paramLabel = "M", description = "peeling stops at boxes with less than this share of"
            + " the runs (default: ${DEFAULT-VALUE})")
    double minMass = Prim.DEFAULT_MIN_MASS;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    DiscoverCommand() {
        this(CommitPoints.CHECKED);
    }

    DiscoverCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        if (minDensity != null && !(minDensity > 0 && minDensity <= 1)) {
            throw new InvalidInputException("--min-density must be in (0, 1], got " + minDensity);
        }
        // only a finished sweep's runs, intact
        alliancesim.batch.FolderCheck.readable(dir).forEach(n -> spec.commandLine().getErr().println("note: " + n));
        SweepRuns runs = SweepRuns.read(dir);
        WhereExpression condition = WhereExpression.parse(where, new LinkedHashSet<>(runs.outputs()));
        Discovery d = Discovery.of(runs, condition, alpha, minMass, minDensity, box);
        try (alliancesim.files.FolderLock lock = ResultPaths.claim(out, false, runs.name() + "-discover")) {
            commits.reached(lock, "discovery.csv, box.csv, charts and report.html");
            int code = report(d, lock.folder());
            commits.reached(lock, CommitPoints.END); // a lock deleted meanwhile may have let another writer in
            return code;
        }
    }

    private int report(Discovery d, Path folder) {
        DiscoveryReport.write(d, folder, RunCommand.commandLine(spec));
        PrintWriter console = spec.commandLine().getOut();
        console.println(d.sentence());
        PrimBox b = d.box();
        console.printf(Locale.ROOT, "Box %d of 0..%d, %s: coverage %s, density %s, %,d of %,d runs%n", d.chosen(),
                d.trajectory().size() - 1, d.rule(), Discovery.percent(b.coverage()), Discovery.percent(b.density()),
                b.runs(), b.totalRuns());
        for (int j : d.restrictedByImportance()) {
            console.printf(Locale.ROOT, "  %-40s quasi-p %.2g%n", d.restriction(j), d.quasiP()[j]);
        }
        console.printf("Wrote %s: discovery.csv, box.csv, report.html, charts/tradeoff.png, charts/box-scatter.png%n", folder);
        return Main.OK;
    }
}

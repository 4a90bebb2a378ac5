package alliancesim.cli;

import alliancesim.batch.JobSize;
import alliancesim.batch.PeriodValues;
import alliancesim.batch.PointTimeseries;
import alliancesim.batch.ReplicationPlan;
import alliancesim.batch.RunContext;
import alliancesim.batch.ScenarioRun;
import alliancesim.batch.Simulator;
import alliancesim.files.FolderLock;
import alliancesim.model.Output;
import alliancesim.report.Change;
import alliancesim.report.FanCharts;
import alliancesim.report.ResultFolder;
import alliancesim.report.RunReport;
import alliancesim.report.RunsTable;
import alliancesim.scenario.Overrides;
import alliancesim.scenario.RunawayRace;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.stats.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `run SCENARIO`: the scenario's replicates on all cores, CSV files, a manifest and fan charts. */
@Command(name = "run", description = "Run a scenario's replications and chart every output.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "scenario YAML file, e.g. scenarios/baseline.yaml")
    Path file;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "change a parameter (repeatable)")
    List<String> sets = new ArrayList<>();

    @CommandLine.Mixin
    HorizonOptions horizon = new HorizonOptions();

    @CommandLine.Mixin
    WorkOptions work = new WorkOptions();

    @CommandLine.Mixin
    PrecisionOptions precision = new PrecisionOptions();

    @CommandLine.Mixin
    PeriodOption period = new PeriodOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommitPoints commits;

    /** Checking its lock at each commit point (how picocli's own factory makes it, e.g. for help). */
    RunCommand() {
        this(CommitPoints.CHECKED);
    }

    RunCommand(CommitPoints commits) {
        this.commits = commits;
    }

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        Scenario s = resolve();
        ReplicationPlan plan = precision.plan(s);
        Optional<PeriodOption.MonthSpan> span = period.resolve(s.start(), s.months());
        int workers = work.workers();
        JobSize size = JobSize.run(s);
        try (FolderLock lock = claim(s)) {
            size.check(lock.folder());
            int code = run(console, s, plan, workers, lock, size, span);
            commits.reached(lock, CommitPoints.END); // a lock deleted meanwhile may have let another writer in
            return code;
        }
    }

    /**
     * The folder, as every command claims it, except that a run stopped before its manifest (#23) is finished by
     * running again into its --out: its files are no result (readers refuse them) and are written whole again. The
     * lock is taken as for any --out, so a run still going there refuses this one; anything alliance-sim did not
     * write is refused as --force refuses it.
     */
    private FolderLock claim(Scenario s) {
        if (work.out != null && !work.force && ScenarioRun.interrupted(work.out)) {
            spec.commandLine().getErr().println(work.out + " holds a run that was stopped before it finished;"
                    + " running it again there");
            return ResultPaths.claim(work.out, true, s.name());
        }
        return work.claim(s, "");
    }

    private int run(PrintWriter console, Scenario s, ReplicationPlan plan, int workers, FolderLock lock, JobSize size,
                    Optional<PeriodOption.MonthSpan> span) {
        Path folder = lock.folder();
        console.printf("Running %s: %d replications x %d months from %s on %d threads%n", s.name(), s.replications(),
                s.months(), s.start(), workers);
        console.printf("  %s%n", size.describe());
        if (plan != null) {
            console.printf("  then batches of %d until the 95 %% intervals are as narrow as asked (at most %d)%n",
                    plan.batch(), plan.max());
        }
        console.flush();
        RunContext context = Contexts.of(spec);
        ScenarioRun runner = new ScenarioRun(workers, WorkOptions.simulator(s)).checking(f -> commits.reached(lock, f));
        ScenarioRun.Outcome outcome;
        try (SweepProgressDisplay progress = new SweepProgressDisplay(spec.commandLine().getErr(),
                plan == null ? s.replications() : plan.max(), 0)) {
            outcome = plan == null ? runner.run(s, folder, context, r -> progress.tick(1))
                    : runner.run(s, folder, context, r -> progress.tick(1), plan);
        }
        commits.reached(lock, "charts");
        ResultFolder saved = ResultFolder.open(folder);
        List<String> charts = FanCharts.draw(saved);
        commits.reached(lock, "report.html");
        RunReport.write(saved);
        console.printf("%nResults in %s (report.html, %d fan charts in charts/)%n%n", folder, charts.size());
        printPlan(console, saved);
        printFinalValues(console, s, outcome.series());
        printTotals(console, s, folder);
        span.ifPresent(p -> PeriodTable.print(console, s.outputs(), PeriodValues.of(s.withReplications(
                (int) outcome.runs()), WorkOptions.simulator(s), p.from(), p.to()), p));
        // Last, under both tables: what the months after the record's end are.
        RunReport.projectionNote(s.recordEnds(), s.start().plusMonths(s.months() - 1L)).ifPresent(console::println);
        if (outcome.failed() > 0) {
            console.printf("%n%d of %d runs failed; see the status and message columns of runs.csv%n",
                    outcome.failed(), outcome.runs());
            return Main.RUNS_FAILED;
        }
        return Main.OK;
    }

    private Scenario resolve() {
        Scenario s = new ScenarioLoader().load(file);
        Overrides.overriddenByEvents(s, sets).forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        s = Overrides.apply(s, sets);
        s = work.apply(s);
        s = horizon.apply(s, spec.commandLine().getErr());
        Scenario resolved = s;
        RunawayRace.warning(resolved).ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
        return s;
    }

    /** With --precision: how many replications were run and why they were enough (or not). */
    static void printPlan(PrintWriter console, ResultFolder saved) {
        java.util.Map<String, Object> m = saved.manifest().replicationPlan();
        if (m != null) {
            console.printf("Replications: %s (%s)%n%n", m.get("replications_used"), m.get("why"));
        }
    }

    static String commandLine(CommandLine.Model.CommandSpec spec) {
        List<String> words = new ArrayList<>(List.of("alliance-sim"));
        words.addAll(spec.commandLine().getParseResult().originalArgs());
        return String.join(" ", words);
    }

    /** The last month's summary of each output: exact quantiles up to 10,000 runs, P² beyond (as in timeseries.csv). */
    static void printFinalValues(PrintWriter console, Scenario s, PointTimeseries series) {
        int last = s.months() - 1;
        long ok = series.months() == 0 ? 0 : series.summary(last, s.outputs().get(0)).n();
        console.printf("Final values at month %d (%s), over %d runs:%n", last, s.start().plusMonths(last), ok);
        console.printf("  %-24s %12s   %-27s %s%n", "output", "mean", "5-95 % interval", "unit");
        for (Output o : s.outputs()) {
            if (series.months() == 0) {
                console.printf(Locale.ROOT, "  %-24s %12s   %-27s %s%n", o.key(), "NA", "NA", o.unit());
                continue;
            }
            Summary sum = series.summary(last, o);
            console.printf(Locale.ROOT, "  %-24s %12s   %-27s %s%n", o.key(), Change.num(sum.mean()),
                    bound(o, sum.p05()) + " to " + bound(o, sum.p95()), o.unit());
        }
    }

    /** Each flow's total over the run, read from runs.csv's {@code <output>_total} columns. */
    static void printTotals(PrintWriter console, Scenario s, Path folder) {
        List<Output> flows = s.outputs().stream().filter(Output::flow).toList();
        if (flows.isEmpty() || !java.nio.file.Files.isRegularFile(folder.resolve("runs.csv"))) {
            return;
        }
        RunsTable runs = RunsTable.read(folder.resolve("runs.csv"));
        if (runs.runs().isEmpty()) {
            return;
        }
        console.printf("%nFlows by their totals over the run (%s to %s), over %d runs:%n", s.start(),
                s.start().plusMonths(s.months() - 1L), runs.runs().size());
        console.printf("  %-28s %12s   %-27s %s%n", "output", "mean", "5-95 % interval", "unit");
        for (Output o : flows) {
            Summary sum = Summary.of(runs.values(runs.runs(), o.totalKey()));
            console.printf(Locale.ROOT, "  %-28s %12s   %-27s %s%n", o.key() + "_total", Change.num(sum.mean()),
                    Change.num(sum.p05()) + " to " + Change.num(sum.p95()), ResultFolder.totalUnit(o.unit()));
        }
    }

    /** A quantile as printed: a count or rung as the whole number it is ("5", not "5.00"). */
    private static String bound(Output o, double v) {
        return o.integer() && v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : Change.num(v);
    }
}

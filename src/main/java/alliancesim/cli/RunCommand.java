package alliancesim.cli;

import alliancesim.batch.RunContext;
import alliancesim.batch.RunResult;
import alliancesim.batch.ScenarioRun;
import alliancesim.batch.Simulator;
import alliancesim.model.Output;
import alliancesim.report.Change;
import alliancesim.report.FanCharts;
import alliancesim.report.ResultFolder;
import alliancesim.report.RunReport;
import alliancesim.scenario.Overrides;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import alliancesim.stats.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        Scenario s = resolve();
        int workers = work.workers();
        Path folder = work.folder(s, "");
        console.printf("Running %s: %d replications x %d months from %s on %d threads%n", s.name(), s.replications(),
                s.months(), s.start(), workers);
        console.flush();
        Progress progress = new Progress(spec.commandLine().getErr(), s.replications());
        RunContext context = Contexts.of(spec);
        ScenarioRun.Outcome outcome = new ScenarioRun(workers, Simulator.MODEL).run(s, folder, context, r -> progress.tick());
        progress.done();
        ResultFolder saved = ResultFolder.open(folder);
        List<String> charts = FanCharts.draw(saved);
        RunReport.write(saved);
        console.printf("%nResults in %s (report.html, %d fan charts in charts/)%n%n", folder, charts.size());
        printFinalValues(console, s, outcome.results());
        if (outcome.failed() > 0) {
            console.printf("%n%d of %d runs failed; see the status and message columns of runs.csv%n",
                    outcome.failed(), outcome.results().size());
            return Main.RUNS_FAILED;
        }
        return Main.OK;
    }

    private Scenario resolve() {
        Scenario s = new ScenarioLoader().load(file);
        s = Overrides.apply(s, sets);
        s = work.apply(s);
        s = horizon.apply(s, spec.commandLine().getErr());
        return s;
    }

    static String commandLine(CommandLine.Model.CommandSpec spec) {
        List<String> words = new ArrayList<>(List.of("alliance-sim"));
        words.addAll(spec.commandLine().getParseResult().originalArgs());
        return String.join(" ", words);
    }

    static void printFinalValues(PrintWriter console, Scenario s, List<RunResult> results) {
        List<RunResult> ok = results.stream().filter(RunResult::isOk).toList();
        console.printf("Final values at month %d (%s), over %d runs:%n", s.months() - 1,
                s.start().plusMonths(s.months() - 1L), ok.size());
        console.printf("  %-24s %12s   %-27s %s%n", "output", "mean", "5-95 % interval", "unit");
        for (Output o : s.outputs()) {
            double[] v = ok.stream().mapToDouble(r -> r.trajectory().finalValue(o)).toArray();
            Summary sum = Summary.of(v);
            console.printf(Locale.ROOT, "  %-24s %12s   %-27s %s%n", o.key(), Change.num(sum.mean()),
                    Change.num(sum.p05()) + " to " + Change.num(sum.p95()), o.unit());
        }
    }

    /** A one-line counter on a terminal; silent when output is not interactive. */
    static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean interactive = System.console() != null;
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        void tick() {
            int d = done.incrementAndGet();
            if (interactive && (d == total || d % Math.max(1, total / 100) == 0)) {
                synchronized (err) {
                    err.printf("\r  %d/%d runs", d, total);
                    err.flush();
                }
            }
        }

        void done() {
            if (interactive) {
                err.println();
                err.flush();
            }
        }
    }
}

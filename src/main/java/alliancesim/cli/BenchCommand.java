package alliancesim.cli;

import alliancesim.batch.BenchSweep;
import alliancesim.batch.Benchmark;
import alliancesim.batch.LiveHeapMonitor;
import alliancesim.files.InvalidInputException;
import alliancesim.model.Output;
import alliancesim.scenario.Scenario;
import alliancesim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `bench`: throughput on one thread and all cores, MASON's overhead, and heap as a sweep grows. */
@Command(name = "bench", description = "Measure runs/s (1 thread, all cores), MASON's overhead and heap in a long sweep.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--runs", description = "runs per timed round (default 20000)")
    int runs = 20_000;

    @Option(names = "--rounds", description = "timed rounds; 1 thread and all cores swap order each round, MASON and"
            + " the plain loop alternate in blocks of 100 runs (default 3)")
    int rounds = 3;

    @Option(names = "--heap-runs", split = ",", description = "sweep sizes at which to measure the heap, e.g. 100000,1000000 (default: none)")
    List<Long> heapRuns = List.of();

    @Option(names = "--heap-replications", description = "replicates a design point in the heap sweeps, which run n / this"
            + " points (default 100, so only the number of points grows; n puts all runs on one point)")
    int heapReplications = 100;

    @Option(names = "--timeseries", split = ",", paramLabel = "OUTPUT", description = "outputs the heap sweeps keep in"
            + " timeseries.csv, as a scenario's `timeseries: outputs` does, e.g. front_balance,regional_tension"
            + " (default: all)")
    List<String> timeseries = List.of();

    /** Rounds further apart than this share of their median are reported with a warning, not as a result. */
    static final double WIDE_SPREAD = 0.10;

    /** A timed stretch shorter than this measures the machine's other work as much as the model. */
    private static final double SHORTEST_ROUND_SECONDS = 1.0;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Output> summarized = new java.util.ArrayList<>();
        for (String key : timeseries) {
            summarized.add(Output.byKey(key.trim()).orElseThrow(() -> new InvalidInputException("--timeseries "
                    + key + ": unknown output (outputs: " + String.join(", ", Output.all().stream().map(Output::key)
                    .toList()) + ")")));
        }
        Scenario baseline = new ScenarioLoader().load(Path.of("scenarios", "baseline.yaml"));
        out.printf("Benchmark: baseline, %d months, %d runs a round, %d rounds; garbage collectors: %s%n",
                baseline.months(), runs, rounds, Benchmark.collectors());
        out.flush();
        Benchmark bench = new Benchmark(baseline.parameters(), baseline.modelEvents(), baseline.months());
        Benchmark.Speed s = bench.speed(runs, rounds);
        out.printf(Locale.ROOT, "  1 thread:        %,.0f runs/s%n", s.runsPerSecondOneThread());
        out.printf(Locale.ROOT, "  %d threads:       %,.0f runs/s  (speedup %.2f)%n", s.cores(), s.runsPerSecondAllCores(),
                s.speedup());
        out.printf(Locale.ROOT, "  one run, MASON schedule: %.1f us; plain loop: %.1f us  (MASON overhead %.2fx)%n",
                s.nanosScheduled() / 1000, s.nanosPlain() / 1000, s.masonOverhead());
        out.printf(Locale.ROOT, "  spread over %d rounds: 1 thread %s runs/s; %d threads %s runs/s; MASON overhead %s%n",
                s.rounds().size(), range(s.rounds().stream().mapToDouble(Benchmark.Round::runsPerSecondOneThread), "%,.0f"),
                s.cores(), range(s.rounds().stream().mapToDouble(Benchmark.Round::runsPerSecondAllCores), "%,.0f"),
                range(s.rounds().stream().mapToDouble(Benchmark.Round::masonOverhead), "%.2fx"));
        out.flush();
        double widest = Math.max(Benchmark.spread(s.rounds().stream().mapToDouble(Benchmark.Round::runsPerSecondOneThread)
                .toArray()), Math.max(Benchmark.spread(s.rounds().stream().mapToDouble(Benchmark.Round::runsPerSecondAllCores)
                .toArray()), Benchmark.spread(s.rounds().stream().mapToDouble(Benchmark.Round::masonOverhead).toArray())));
        if (widest > WIDE_SPREAD) {
            spec.commandLine().getErr().printf(Locale.ROOT, "warning: the rounds differ by up to %.0f %% of their median"
                    + " (above %.0f %%): the machine's other work moved them, so these figures describe the machine as"
                    + " much as the model; run again when it is idle, or with more --rounds%n", 100 * widest,
                    100 * WIDE_SPREAD);
        }
        if (s.shortestSeconds() < SHORTEST_ROUND_SECONDS) {
            spec.commandLine().getErr().printf(Locale.ROOT, "warning: the shortest timed stretch took %.2f s; under %.0f s"
                    + " a timing is mostly noise: raise --runs (e.g. --runs %d)%n", s.shortestSeconds(),
                    SHORTEST_ROUND_SECONDS, (int) Math.ceil(runs * SHORTEST_ROUND_SECONDS / s.shortestSeconds() / 1000) * 1000);
        }
        if (!heapRuns.isEmpty()) {
            // The model's rounds above run after a warm-up; so do the sweeps: the JIT compiles the
            // summaries' and files' code during a first sweep, which runs at a fraction of full speed.
            long warmUp = Math.min(WARM_UP_RUNS, heapRuns.stream().mapToLong(Long::longValue).max().orElse(0));
            BenchSweep w = BenchSweep.run(baseline, summarized, warmUp, heapReplications, s.cores(), Contexts.of(spec));
            out.printf(Locale.ROOT, "  warm-up sweep of %,d runs: %.1f s (%,.0f runs/s), not counted%n", w.runs(),
                    w.seconds(), w.runs() / w.seconds());
            out.flush();
        }
        for (long n : heapRuns) {
            // The model is timed again just before and after the sweep: a machine's speed drifts over
            // minutes, by more than the bookkeeping being measured.
            double before = bench.throughput(s.cores(), runs);
            BenchSweep w = BenchSweep.run(baseline, summarized, n, heapReplications, s.cores(), Contexts.of(spec));
            double after = bench.throughput(s.cores(), runs);
            double model = (before + after) / 2;
            out.printf(Locale.ROOT, "  sweep of %,d runs (%,d points x %,d; timeseries.csv of %d outputs): %.1f s"
                    + " (%,.0f runs/s)%n", w.runs(), w.points(), heapReplications, summarized.isEmpty()
                    ? Output.all().size() : summarized.size(), w.seconds(), w.runs() / w.seconds());
            // What the sweep's bookkeeping (seeds, summaries, CSV, report) leaves of the model's speed.
            out.printf(Locale.ROOT, "      sweep efficiency: %.0f %% (%,.0f sweep runs/s over %,.0f model runs/s on %d threads,"
                    + " the mean of %,.0f just before and %,.0f just after; the heap sampling's full GCs included)%n",
                    100 * w.runs() / w.seconds() / model, w.runs() / w.seconds(), model, s.cores(), before, after);
            out.printf(Locale.ROOT, "      the model's share of the sweep's CPU: %.0f %% (%.1f of %.1f CPU-us a run; the process used"
                    + " %.0f %% of %d cores)%n", 100 * w.modelCpuNanos() / (double) w.cpuNanos(),
                    w.modelCpuNanos() / 1e3 / w.runs(), w.cpuNanos() / 1e3 / w.runs(),
                    100 * w.cpuNanos() / 1e9 / w.seconds() / s.cores(), s.cores());
            out.printf(Locale.ROOT, "      heap: live (after a full GC, sampled every %d s: %,d samples) median %.1f MiB, at"
                    + " most %.1f MiB; peak before GC %.0f MiB; after the sweep %.1f MiB%n", LiveHeapMonitor.PERIOD_SECONDS,
                    w.samples(), w.medianLiveMiB(), w.liveMiB(), w.peakMiB(), Benchmark.heapAfterGc());
            out.flush();
        }
        return Main.OK;
    }

    /** Runs of the untimed sweep before the timed ones (or fewer, if the largest timed one is smaller). */
    private static final long WARM_UP_RUNS = 200_000;

    /** "27,100–28,400": the lowest and highest of the rounds. */
    private static String range(java.util.stream.DoubleStream values, String format) {
        java.util.DoubleSummaryStatistics st = values.summaryStatistics();
        return String.format(Locale.ROOT, format, st.getMin()) + "–" + String.format(Locale.ROOT, format, st.getMax());
    }
}

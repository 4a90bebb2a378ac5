package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.scenario.Scenario;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * `run`: a scenario's replicates on all cores, written as manifest.json, runs.csv and
 * timeseries.csv in a result folder. Charts are drawn afterwards from these files.
 */
public final class ScenarioRun {
    private final ReplicationRunner runner;
    private final int threads;

    public ScenarioRun(int threads, Simulator simulator) {
        this.runner = new ReplicationRunner(threads, simulator);
        this.threads = threads;
    }

    /** What a run produced: where it is and the runs themselves (for the summary table). */
    public record Outcome(Path folder, List<RunResult> results) {
        public long failed() {
            return results.stream().filter(r -> !r.isOk()).count();
        }
    }

    public Outcome run(Scenario scenario, Path folder, RunContext context, IntConsumer onDone) {
        Instant started = Instant.now();
        List<RunResult> results = runner.run(0, scenario.parameters(), scenario.modelEvents(), scenario.months(),
                scenario.seed(), scenario.replications(), onDone);
        return write(scenario, folder, context, started, results, null);
    }

    /**
     * The scenario's replications, then batches until {@code plan}'s targets are met; the manifest's
     * {@code replication_plan} says how many were run and why.
     */
    public Outcome run(Scenario scenario, Path folder, RunContext context, IntConsumer onDone, ReplicationPlan plan) {
        Instant started = Instant.now();
        ReplicationPlan.Outcome<RunResult> planned = plan.run(scenario.replications(), (first, count) -> batch(scenario,
                first, count, onDone), ScenarioRun::finalValues);
        return write(scenario.withReplications(planned.replications()), folder, context, started, planned.results(),
                planned.describe(plan));
    }

    List<RunResult> batch(Scenario scenario, int first, int count, IntConsumer onDone) {
        return runner.run(0, scenario.parameters(), scenario.modelEvents(), scenario.months(), scenario.seed(), first,
                count, onDone);
    }

    /** The final values of an output over the successful runs, in replicate order. */
    static double[] finalValues(List<RunResult> results, Output output) {
        return results.stream().filter(RunResult::isOk).mapToDouble(r -> r.trajectory().finalValue(output)).toArray();
    }

    Outcome write(Scenario scenario, Path folder, RunContext context, Instant started, List<RunResult> results,
                  Map<String, Object> plan) {
        List<Output> outputs = Output.all();
        AtomicFiles.write(folder.resolve("runs.csv"), out -> {
            RunsCsv csv = new RunsCsv(out, List.of(), outputs);
            for (RunResult r : results) {
                csv.write(r, new double[0]);
            }
            csv.flush();
        });
        AtomicFiles.write(folder.resolve("timeseries.csv"), out -> {
            TimeseriesCsv csv = new TimeseriesCsv(out, scenario.start(), outputs);
            csv.write(0, results);
            csv.flush();
        });
        int failed = (int) results.stream().filter(r -> !r.isOk()).count();
        Map<String, Object> manifest = Manifest.describe("run", scenario, context, threads, started, Instant.now(),
                results.size(), failed);
        if (plan != null) {
            manifest.put("replication_plan", plan);
        }
        Manifest.write(folder.resolve("manifest.json"), manifest);
        return new Outcome(folder, results);
    }
}

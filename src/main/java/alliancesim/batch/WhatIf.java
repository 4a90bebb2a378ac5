package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `whatif`: the scenario as it is and with changes, on the same run seeds (common random
 * numbers), so that a difference between the two is the lever's and not chance.
 */
public final class WhatIf {
    private final ScenarioRun runner;

    public WhatIf(int threads, Simulator simulator) {
        this.runner = new ScenarioRun(threads, simulator);
    }

    public record Outcome(Path folder, ScenarioRun.Outcome before, ScenarioRun.Outcome after) {
        public long failed() {
            return before.failed() + after.failed();
        }
    }

    public Outcome run(Scenario before, Scenario after, Path folder, RunContext context) {
        if (before.seed() != after.seed() || before.replications() != after.replications()) {
            throw new IllegalArgumentException("a what-if compares runs on the same seeds: seed and replications must match");
        }
        ScenarioRun.Outcome b = runner.run(before, folder.resolve("before"), context, r -> { });
        ScenarioRun.Outcome a = runner.run(after, folder.resolve("after"), context, r -> { });
        return new Outcome(folder, b, a);
    }

    /**
     * Pairs of runs on the same seeds, added in batches until the 95 % interval of each target's
     * mean paired difference (after - before, over pairs where both runs succeeded) is narrow enough.
     */
    public Outcome run(Scenario before, Scenario after, Path folder, RunContext context, ReplicationPlan plan) {
        if (before.seed() != after.seed() || before.replications() != after.replications()) {
            throw new IllegalArgumentException("a what-if compares runs on the same seeds: seed and replications must match");
        }
        java.time.Instant started = java.time.Instant.now();
        ReplicationPlan.Outcome<RunResult[]> planned = plan.run(before.replications(), (first, count) -> {
            List<RunResult> b = runner.batch(before, first, count, r -> { });
            List<RunResult> a = runner.batch(after, first, count, r -> { });
            List<RunResult[]> pairs = new ArrayList<>(count);
            for (int i = 0; i < b.size(); i++) {
                pairs.add(new RunResult[] {b.get(i), a.get(i)});
            }
            return pairs;
        }, WhatIf::differences);
        Map<String, Object> described = planned.describe(plan);
        described.put("of", "the paired difference after - before");
        int n = planned.replications();
        List<RunResult> b = planned.results().stream().map(p -> p[0]).toList();
        List<RunResult> a = planned.results().stream().map(p -> p[1]).toList();
        ScenarioRun.Outcome bo = runner.write(before.withReplications(n), folder.resolve("before"), context, started, b,
                described);
        ScenarioRun.Outcome ao = runner.write(after.withReplications(n), folder.resolve("after"), context, started, a,
                described);
        return new Outcome(folder, bo, ao);
    }

    private static double[] differences(List<RunResult[]> pairs, Output output) {
        return pairs.stream().filter(p -> p[0].isOk() && p[1].isOk())
                .mapToDouble(p -> p[1].trajectory().finalValue(output) - p[0].trajectory().finalValue(output)).toArray();
    }
}

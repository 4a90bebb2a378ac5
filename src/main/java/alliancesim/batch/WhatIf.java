package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * `whatif`: the scenario as it is and with changes, on the same run seeds (common random
 * numbers), so that a difference between the two is the lever's and not chance.
 */
public final class WhatIf {
    private final ScenarioRun beforeRunner;
    private final ScenarioRun afterRunner;

    public WhatIf(int threads, Simulator simulator) {
        this(threads, simulator, simulator);
    }

    /** Before and after with their own simulators (each drawing from a posterior keeps its own settings). */
    public WhatIf(int threads, Simulator before, Simulator after) {
        this(new ScenarioRun(threads, before), new ScenarioRun(threads, after));
    }

    private WhatIf(ScenarioRun beforeRunner, ScenarioRun afterRunner) {
        this.beforeRunner = beforeRunner;
        this.afterRunner = afterRunner;
    }

    /**
     * This what-if, calling {@code check} with a file's path in the folder ("before/runs.csv") before it commits that
     * file (see {@link ScenarioRun#checking}).
     */
    public WhatIf checking(Consumer<String> check) {
        return new WhatIf(beforeRunner.checking(f -> check.accept("before/" + f)),
                afterRunner.checking(f -> check.accept("after/" + f)));
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
        ScenarioRun.Outcome b = beforeRunner.run(before, folder.resolve("before"), context, r -> { });
        ScenarioRun.Outcome a = afterRunner.run(after, folder.resolve("after"), context, r -> { });
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
        ReplicationPlan.Outcome<double[][]> planned = plan.run(before.replications(), (first, count) -> {
            List<double[]> b = beforeRunner.finalValues(before, first, count);
            List<double[]> a = afterRunner.finalValues(after, first, count);
            List<double[][]> pairs = new ArrayList<>(count);
            for (int i = 0; i < b.size(); i++) {
                pairs.add(new double[][] {b.get(i), a.get(i)});
            }
            return pairs;
        }, WhatIf::differences);
        Map<String, Object> described = planned.describe(plan);
        described.put("of", "the paired difference after - before");
        int n = planned.replications();
        ScenarioRun.Outcome bo = beforeRunner.run(before.withReplications(n), folder.resolve("before"), context, r -> { },
                described);
        ScenarioRun.Outcome ao = afterRunner.run(after.withReplications(n), folder.resolve("after"), context, r -> { },
                described);
        return new Outcome(folder, bo, ao);
    }

    /** Paired differences after - before of one output's final values, over pairs where both runs succeeded. */
    private static double[] differences(List<double[][]> pairs, Output output) {
        int i = output.ordinal();
        return pairs.stream().filter(p -> !Double.isNaN(p[0][i]) && !Double.isNaN(p[1][i]))
                .mapToDouble(p -> p[1][i] - p[0][i]).toArray();
    }
}

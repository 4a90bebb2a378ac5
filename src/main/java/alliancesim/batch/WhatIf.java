package alliancesim.batch;

import alliancesim.scenario.Scenario;
import java.nio.file.Path;

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
        this.beforeRunner = new ScenarioRun(threads, before);
        this.afterRunner = new ScenarioRun(threads, after);
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
}

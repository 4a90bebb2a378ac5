package alliancesim.server;

import alliancesim.batch.Simulator;
import alliancesim.model.ModelEvent;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import alliancesim.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "as it is" arm's simulator, remembering each run by its seed. A slider move changes only the
 * other arm: this one is the served scenario on the seeds of replicates 0, 1, ... (with their posterior
 * draws, which depend on the seed alone), so its runs are the same at every move and computing them
 * again was half of each what-if's work. A run is remembered only when asked with the scenario's own
 * parameters, events and months; anything else is run afresh. At most {@code capacity} runs are kept
 * (the seeds of the largest ensemble served); a failed run throws each time and is not kept.
 */
final class AsItIsRuns implements Simulator {
    private final Simulator simulator;
    private final Parameters parameters;
    private final List<ModelEvent> events;
    private final int months;
    private final int capacity;
    private final Map<Long, Trajectory> runs = new ConcurrentHashMap<>();

    /** {@code simulator} runs the scenario as `whatif` runs it (drawing from its posterior when it has one). */
    AsItIsRuns(Scenario scenario, Simulator simulator, int capacity) {
        this.simulator = simulator;
        this.parameters = scenario.parameters();
        this.events = scenario.modelEvents();
        this.months = scenario.months();
        this.capacity = capacity;
    }

    @Override
    public Trajectory simulate(Parameters p, List<ModelEvent> e, int n, long seed) {
        if (n != months || !p.equals(parameters) || !e.equals(events)) {
            return simulator.simulate(p, e, n, seed);
        }
        Trajectory kept = runs.get(seed);
        if (kept != null) {
            return kept;
        }
        // two what-ifs at once may both run a seed the first time: the same run, kept once
        Trajectory run = simulator.simulate(p, e, n, seed);
        if (runs.size() < capacity) {
            runs.putIfAbsent(seed, run);
        }
        return run;
    }

    @Override
    public int particle(long seed) {
        return simulator.particle(seed);
    }

    /** Runs kept so far. */
    int size() {
        return runs.size();
    }
}

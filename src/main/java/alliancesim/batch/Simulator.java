package alliancesim.batch;

import alliancesim.model.AllianceModel;
import alliancesim.model.ModelEvent;
import alliancesim.model.Param;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import java.util.List;

/** One run as a function of (parameters, events, months, seed); tests swap in one that fails. */
@FunctionalInterface
public interface Simulator {
    /** runs.csv's particle cell of a run that draws no posterior (written NA). */
    int NO_PARTICLE = -1;

    Trajectory simulate(Parameters parameters, List<ModelEvent> events, int months, long seed);

    /**
     * The posterior particle a run with this seed draws (its 0-based row among posterior.csv's particles), or
     * {@link #NO_PARTICLE}: runs.csv records it so a replicate's parameters can be traced. A function of the seed
     * alone, as the draw is, so a resumed or sharded job records what an uninterrupted one would.
     */
    default int particle(long seed) {
        return NO_PARTICLE;
    }

    /**
     * This simulator with {@code p} left at the value a run is given. A simulator that draws from a posterior
     * replaces calibrated parameters by their draw; a lever check that sets one must keep its own value.
     */
    default Simulator keeping(Param p) {
        return this;
    }

    Simulator MODEL = AllianceModel::simulate;
}

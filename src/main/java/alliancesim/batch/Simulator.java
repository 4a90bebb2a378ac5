package alliancesim.batch;

import alliancesim.model.AllianceModel;
import alliancesim.model.ModelEvent;
import alliancesim.model.Parameters;
import alliancesim.model.Trajectory;
import java.util.List;

/** One run as a function of (parameters, events, months, seed); tests swap in one that fails. */
@FunctionalInterface
public interface Simulator {
    Trajectory simulate(Parameters parameters, List<ModelEvent> events, int months, long seed);

    Simulator MODEL = AllianceModel::simulate;
}

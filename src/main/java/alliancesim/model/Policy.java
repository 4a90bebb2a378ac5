package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 8. The states' reactive decisions of the month, in a fixed order: the United States reacts
 * to the flow it observed ({@link UnitedStates#reactToObservedFlows}), then China weighs its ties
 * against secondary sanctions ({@link China#decide}).
 */
final class Policy implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        m.unitedStates().reactToObservedFlows(m);
        m.china().decide(m);
    }
}

package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 2. Each producer makes munitions at capacity x economic factor x technology factor, with
 * multiplicative noise. Russia's capacity grows at the ramp-up it decides ({@link Russia#rampUp}); North Korea makes shells and
 * ballistic missiles, helped by Russian technology; Ukraine makes some shells of its own; the
 * Western supply to Ukraine is counted as made by the USA (its known changes are scenario events).
 */
final class Production implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Capacity x GDP index x (1 + productivity x technology stock): the noise-free output. */
    static double expectedOutput(double capacity, double gdpIndex, double techProductivity, double techStock) {
        return capacity * gdpIndex * (1 + techProductivity * techStock);
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        StateAgent rus = m.agent(StateCode.RUS);
        StateAgent prk = m.agent(StateCode.PRK);
        double sd = m.param(Param.MUNITIONS_PRODUCTION_NOISE_SD);
        double prkTech = m.param(Param.MUNITIONS_TECH_PRODUCTIVITY);

        Russia russia = m.russia();
        rus.shells().produce(noisy(m, expectedOutput(russia.shellCapacity(m), rus.gdpIndex, 0, 0), sd));
        russia.rampUp(m);
        prk.shells().produce(noisy(m, expectedOutput(m.param(Param.MUNITIONS_CAPACITY_PRK), prk.gdpIndex,
                prkTech, prk.techStock), sd));
        prk.missiles().produce(noisy(m, expectedOutput(m.param(Param.MUNITIONS_MISSILES_PRK), prk.gdpIndex,
                prkTech, prk.techStock), sd));
        // Donors count rounds of every calibre they pledge or ship; fire is counted in shells fired.
        m.agent(StateCode.USA).shells().produce(noisy(m, m.param(Param.MUNITIONS_CAPACITY_WEST)
                * m.param(Param.MUNITIONS_WEST_DELIVERED_SHARE), sd));
        m.agent(StateCode.UKR).shells().produce(noisy(m, m.param(Param.MUNITIONS_CAPACITY_UKR), sd));
    }

    private static double noisy(AllianceModel m, double expected, double relativeSd) {
        return Math.max(0.0, expected * (1 + m.noise(relativeSd)));
    }
}

package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 2. Each producer makes munitions at capacity x economic factor x technology factor, with
 * multiplicative noise. Russia's capacity grows at its ramp-up rate; North Korea makes shells and
 * ballistic missiles, helped by Russian technology; Ukraine makes some shells of its own; the
 * Western supply to Ukraine is counted as made by the USA (its known changes are scenario events).
 */
final class Production implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Russia's ramp-up so far (capacity multiple of month 0) and the monthly factor of the current rate. */
    private double ramp = 1;
    private double rampGrowth = Double.NaN;
    private double rampFactor = 1;

    /** Capacity x GDP index x (1 + productivity x technology stock): the noise-free output. */
    static double expectedOutput(double capacity, double gdpIndex, double techProductivity, double techStock) {
        return capacity * gdpIndex * (1 + techProductivity * techStock);
    }

    /** A ramp-up stops at this multiple of the month-0 capacity: factories, labour and explosives are finite. */
    static final double MAX_RAMP = 4;

    /**
     * Capacity after {@code month} months of growth at an annual rate, at most {@link #MAX_RAMP} times the
     * start: the closed form of the monthly ramp the step applies.
     */
    static double rampedCapacity(double capacity, double annualGrowth, int month) {
        return capacity * Math.min(MAX_RAMP, Math.pow(1 + annualGrowth, month / 12.0));
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        StateAgent rus = m.agent(StateCode.RUS);
        StateAgent prk = m.agent(StateCode.PRK);
        double sd = m.param(Param.MUNITIONS_PRODUCTION_NOISE_SD);
        double prkTech = m.param(Param.MUNITIONS_TECH_PRODUCTIVITY);

        double rusCapacity = m.param(Param.MUNITIONS_CAPACITY_RUS) * ramp;
        rus.shells().produce(noisy(m, expectedOutput(rusCapacity, rus.gdpIndex, 0, 0), sd));
        // The ramp grows month by month (one Math.pow per change of rate, not per month: it was 6 % of a run).
        double growth = m.param(Param.MUNITIONS_CAPACITY_GROWTH_RUS);
        if (growth != rampGrowth) {
            rampGrowth = growth;
            rampFactor = Math.pow(1 + growth, 1 / 12.0);
        }
        ramp = Math.min(MAX_RAMP, ramp * rampFactor);
        prk.shells().produce(noisy(m, expectedOutput(m.param(Param.MUNITIONS_CAPACITY_PRK), prk.gdpIndex,
                prkTech, prk.techStock), sd));
        prk.missiles().produce(noisy(m, expectedOutput(m.param(Param.MUNITIONS_MISSILES_PRK), prk.gdpIndex,
                prkTech, prk.techStock), sd));
        m.agent(StateCode.USA).shells().produce(noisy(m, m.param(Param.MUNITIONS_CAPACITY_WEST), sd));
        m.agent(StateCode.UKR).shells().produce(noisy(m, m.param(Param.MUNITIONS_CAPACITY_UKR), sd));
    }

    private static double noisy(AllianceModel m, double expected, double relativeSd) {
        return Math.max(0.0, expected * (1 + m.noise(relativeSd)));
    }
}

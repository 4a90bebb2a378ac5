package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 6. Each tie in [0, 1] rises with the value exchanged and with a shared threat, falls with
 * the cost of secondary sanctions, and relaxes towards its base (its month-0 level):
 * T += decay (T0 - T) + valueGain x value + threatGain x threat - costGain x cost.
 * Each driver counts as its change from month 0 (value exchanged against month 0's, threat above
 * month 0's level, secondary sanctions beyond the baseline's): month 0 is a consistent state, so a
 * tie moves only when something in the scenario moves it.
 * Summits (events) add a jump. The ties are the weighted edges of a MASON Network.
 */
final class Ties implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Value exchanged in month 0: the PRK->RUS flow index and China's facilitation (NaN before month 0 ran). */
    private double flowsAtStart = Double.NaN;
    private double facilitationAtStart = Double.NaN;

    static double next(double tie, double base, double decay, double valueGain, double value,
                       double threatGain, double threat, double costGain, double cost) {
        double t = tie + decay * (base - tie) + valueGain * value + threatGain * threat - costGain * cost;
        return Economy.clamp01(t);
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        double decay = m.param(Param.TIES_DECAY);
        double valueGain = m.param(Param.TIES_VALUE_GAIN);
        double threatGain = m.param(Param.TIES_THREAT_GAIN);
        double costGain = m.param(Param.TIES_COST_GAIN);
        if (Double.isNaN(flowsAtStart)) {
            flowsAtStart = m.flowIndex();
            facilitationAtStart = m.chinaFacilitation();
        }
        double secondary = m.param(Param.SANCTIONS_SECONDARY) - Param.SANCTIONS_SECONDARY.defaultValue();
        double flows = m.flowIndex() - flowsAtStart;
        double facilitation = m.chinaFacilitation() - facilitationAtStart;
        // The shared threat of each bloc is the other bloc's military level above its month-0 level.
        double threatToEast = m.trilateralPosture() - m.param(Param.DETERRENCE_INITIAL_POSTURE);
        double threatToWest = m.agent(StateCode.PRK).military - m.param(Param.DETERRENCE_INITIAL_CAPABILITY);

        for (TiePair pair : TiePair.ALL) {
            double value;
            double cost;
            double threat;
            switch (pair) {
                case RUS_PRK -> { value = flows; cost = secondary; threat = threatToEast; }
                case RUS_CHN, CHN_PRK -> { value = facilitation; cost = secondary; threat = threatToEast; }
                default -> { value = 0; cost = 0; threat = threatToWest; }
            }
            double base = m.param(pair.initial());
            m.setTie(pair, next(m.tie(pair), base, decay, valueGain, value, threatGain, threat, costGain, cost));
        }
    }
}

package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 8. Reactive levers. Sanctions pressure rises with the observed PRK-RUS flow
 * (responsiveness x flow index a month, on top of the scenario's lever). China moves its
 * facilitation part of the way towards a logistic response to its eastern ties against the
 * risk of secondary sanctions.
 */
final class Policy implements Steppable {
    private static final long serialVersionUID = 1L;

    /** China's target facilitation: logistic(steepness x (mean eastern tie - risk x secondary - midpoint)). */
    static double chinaTarget(double steepness, double meanTie, double secondaryRisk, double secondary,
                              double midpoint) {
        return 1.0 / (1.0 + Math.exp(-steepness * (meanTie - secondaryRisk * secondary - midpoint)));
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        m.raisePressure(m.param(Param.SANCTIONS_RESPONSIVENESS) * m.flowIndex());
        double meanTie = (m.tie(TiePair.RUS_CHN) + m.tie(TiePair.CHN_PRK)) / 2;
        double target = chinaTarget(m.param(Param.CHINA_STEEPNESS), meanTie, m.param(Param.CHINA_SECONDARY_RISK),
                m.param(Param.SANCTIONS_SECONDARY), m.param(Param.CHINA_MIDPOINT));
        double f = m.chinaFacilitation();
        m.setChinaFacilitation(f + m.param(Param.CHINA_ADJUST_RATE) * (target - f));
    }
}

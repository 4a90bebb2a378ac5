package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 8. The states' reactive decisions. The United States raises sanctions pressure with the
 * observed PRK-RUS flow (responsiveness x flow index a month, on top of the scenario's lever; 0
 * keeps the lever fixed). China sets its facilitation from its policy (the lever), giving up a share
 * per unit of secondary sanctions and adding some as its ties to Russia and North Korea strengthen:
 * f = policy x (1 - risk x secondary) + tieWeight x (mean eastern tie - its month-0 level).
 * With risk and tie weight 0 the lever holds exactly. Weighing ties against the cost of siding with
 * a bloc is the frame of landscape theory (Axelrod and Bennett 1993); the linear form is an assumption.
 */
final class Policy implements Steppable {
    private static final long serialVersionUID = 1L;

    /** China's facilitation, in [0, 1]. */
    static double chinaFacilitation(double policy, double secondaryRisk, double secondary, double tieWeight,
                                    double tieRise) {
        return Economy.clamp01(policy * (1 - secondaryRisk * secondary) + tieWeight * tieRise);
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        m.raisePressure(m.param(Param.SANCTIONS_RESPONSIVENESS) * m.flowIndex());
        m.updateChinaFacilitation();
    }
}

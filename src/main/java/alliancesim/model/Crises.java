package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 7. Regional tension is a weighted index of the posture gap, PRK capability and weapons
 * tests, PRK-RUS flows and bloc polarization. Crises arrive as a Poisson process whose rate rises
 * with tension; each climbs an escalation ladder, one rung at a time, with a probability lowered
 * by deterrence credibility and raised by outside (Russian) backing.
 */
final class Crises implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Rungs: 1 rhetoric, 2 military signalling, 3 armed incident, 4 limited clash, 5 open conflict. */
    static final int TOP_RUNG = 5;

    static double tension(double wGap, double gap, double wCapability, double capability, double wTests,
                          double tests, double wFlows, double flows, double wPolarization, double polarization) {
        return wGap * gap + wCapability * capability + wTests * tests + wFlows * flows + wPolarization * polarization;
    }

    /** Probability of climbing one more rung: logistic(bias + backing weight x tie - credibility weight x credibility). */
    static double climbProbability(double bias, double backingWeight, double backing, double credibilityWeight,
                                   double credibility) {
        return 1.0 / (1.0 + Math.exp(-(bias + backingWeight * backing - credibilityWeight * credibility)));
    }

    /** Credibility of extended deterrence: alliance ties to the USA times the posture share of the balance. */
    static double credibility(double tieUsaKor, double tieUsaJpn, double posture, double capability) {
        double total = posture + capability;
        return (tieUsaKor + tieUsaJpn) / 2 * (total == 0 ? 0.5 : posture / total);
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        double capability = m.agent(StateCode.PRK).military;
        double posture = m.trilateralPosture();
        double expectedTests = m.param(Param.TESTS_RATE) * capability;
        double tests = m.deterministic() ? expectedTests : m.poisson(expectedTests);
        double east = (m.tie(TiePair.RUS_PRK) + m.tie(TiePair.RUS_CHN) + m.tie(TiePair.CHN_PRK)) / 3;
        double west = (m.tie(TiePair.USA_KOR) + m.tie(TiePair.USA_JPN) + m.tie(TiePair.KOR_JPN)) / 3;
        double tension = tension(m.param(Param.TENSION_W_GAP), Math.abs(posture - capability),
                m.param(Param.TENSION_W_CAPABILITY), capability, m.param(Param.TENSION_W_TESTS), tests,
                m.param(Param.TENSION_W_FLOWS), m.flowIndex(), m.param(Param.TENSION_W_POLARIZATION), east * west);
        m.recordTension(tension, tests);
        if (m.deterministic()) {
            return;
        }
        int crises = m.poisson(m.param(Param.CRISIS_RATE) * tension);
        double p = climbProbability(m.param(Param.CRISIS_ESCALATION_BIAS), m.param(Param.CRISIS_BACKING_WEIGHT),
                m.tie(TiePair.RUS_PRK), m.param(Param.CRISIS_CREDIBILITY_WEIGHT),
                credibility(m.tie(TiePair.USA_KOR), m.tie(TiePair.USA_JPN), posture, capability));
        for (int i = 0; i < crises; i++) {
            int rung = 1;
            while (rung < TOP_RUNG && m.random.nextDouble() < p) {
                rung++;
            }
            m.recordCrisis(rung);
        }
    }
}

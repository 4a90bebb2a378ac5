package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 7. Regional tension is a weighted index of the trilateral posture, PRK capability, the
 * weapons tests North Korea holds ({@link NorthKorea#holdTests}) beyond those its capability leads one to expect, PRK-RUS flows and bloc
 * polarization: each quantity counted once (tests are drawn with a mean set by capability, so only
 * their surprise adds to it). Crises arrive as a Poisson process whose rate rises with tension;
 * each climbs an escalation ladder, one rung at a time, with a probability lowered by deterrence
 * credibility and raised by outside (Russian) backing. In deterministic mode tests and crises take
 * their expected values: the crisis count grows by its rate and the highest rung is the expected
 * rung of a crisis once at least one crisis is expected.
 */
final class Crises implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Rungs: 1 rhetoric, 2 military signalling, 3 armed incident, 4 limited clash, 5 open conflict. */
    static final int TOP_RUNG = 5;

    static double tension(double wPosture, double posture, double wCapability, double capability, double wTests,
                          double surpriseTests, double wFlows, double flows, double wPolarization, double polarization) {
        return Math.max(0.0, wPosture * posture + wCapability * capability + wTests * surpriseTests
                + wFlows * flows + wPolarization * polarization);
    }

    /** Probability of climbing one more rung: logistic(bias + backing weight x tie - credibility weight x credibility). */
    static double climbProbability(double bias, double backingWeight, double backing, double credibilityWeight,
                                   double credibility) {
        return 1.0 / (1.0 + Math.exp(-(bias + backingWeight * backing - credibilityWeight * credibility)));
    }

    /** Expected rung of one crisis that starts at rung 1 and climbs with probability p: 1 + p + ... + p^4. */
    static double expectedRung(double p) {
        double rung = 0;
        double reach = 1;
        for (int r = 1; r <= TOP_RUNG; r++) {
            rung += reach;
            reach *= p;
        }
        return rung;
    }

    /** Credibility of extended deterrence: alliance ties to the USA times the posture share of the balance. */
    static double credibility(double tieUsaKor, double tieUsaJpn, double posture, double capability) {
        double total = posture + capability;
        return (tieUsaKor + tieUsaJpn) / 2 * (total == 0 ? 0.5 : posture / total);
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        NorthKorea northKorea = m.northKorea();
        double capability = northKorea.military;
        double posture = m.trilateralPosture();
        double expectedTests = northKorea.expectedTests(m);
        double tests = northKorea.holdTests(m, expectedTests);
        double east = (m.tie(TiePair.RUS_PRK) + m.tie(TiePair.RUS_CHN) + m.tie(TiePair.CHN_PRK)) / 3;
        double west = (m.tie(TiePair.USA_KOR) + m.tie(TiePair.USA_JPN) + m.tie(TiePair.KOR_JPN)) / 3;
        double tension = tension(m.param(Param.TENSION_W_POSTURE), posture,
                m.param(Param.TENSION_W_CAPABILITY), capability, m.param(Param.TENSION_W_TESTS), tests - expectedTests,
                m.param(Param.TENSION_W_FLOWS), m.flowIndex(), m.param(Param.TENSION_W_POLARIZATION), east * west);
        m.recordTension(tension, tests);
        double rate = m.param(Param.CRISIS_RATE) * tension;
        double p = climbProbability(m.param(Param.CRISIS_ESCALATION_BIAS), m.param(Param.CRISIS_BACKING_WEIGHT),
                m.tie(TiePair.RUS_PRK), m.param(Param.CRISIS_CREDIBILITY_WEIGHT),
                credibility(m.tie(TiePair.USA_KOR), m.tie(TiePair.USA_JPN), posture, capability));
        if (m.deterministic()) {
            m.recordExpectedCrises(rate, expectedRung(p));
            return;
        }
        int crises = m.poisson(rate);
        for (int i = 0; i < crises; i++) {
            int rung = 1;
            while (rung < TOP_RUNG && m.uniform() < p) {
                rung++;
            }
            m.recordCrisis(rung);
        }
    }
}

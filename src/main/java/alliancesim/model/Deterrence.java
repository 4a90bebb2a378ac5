package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 5. Richardson arms race between the trilateral partners (USA, KOR, JPN: posture x_i) and
 * North Korea (capability y), one explicit Euler step a month:
 * x_i += k s_i y - a x_i + g;  y += l x_mean - b y + h_eff, with
 * h_eff = h + techGain x technology received this month + backingGain x (tie(RUS, PRK) - its month-0 level).
 * Each trilateral partner reacts with its own scale s_i; the scales are normalised to mean 1, so the
 * mean posture follows the two-state Richardson system exactly and its closed forms still hold.
 * Levels are capped at {@link #CEILING}: a runaway race (a b <= k l) stays bounded.
 * The fixed point of this map is the ODE's equilibrium; it is reached when a b > k l and the
 * monthly rates are small (the Euler map is stable well below a step of 2 / (a + b + ...)).
 */
final class Deterrence implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Highest posture or capability: 100 times the month-0 index, a state at full war mobilisation. */
    static final double CEILING = 100;

    /** Richardson equilibrium {x*, y*}; NaN when a b <= k l (no stable equilibrium). */
    static double[] equilibrium(double k, double l, double a, double b, double g, double h) {
        double det = a * b - k * l;
        if (det <= 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {(b * g + k * h) / det, (a * h + l * g) / det};
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        double k = m.param(Param.DETERRENCE_REACTION_K);
        double l = m.param(Param.DETERRENCE_REACTION_L);
        double a = m.param(Param.DETERRENCE_FATIGUE_A);
        double b = m.param(Param.DETERRENCE_FATIGUE_B);
        double g = m.param(Param.DETERRENCE_GRIEVANCE_G);
        double sd = m.param(Param.DETERRENCE_NOISE_SD);
        StateAgent prk = m.agent(StateCode.PRK);
        double hEff = m.param(Param.DETERRENCE_GRIEVANCE_H)
                + m.param(Param.DETERRENCE_TECH_GAIN) * prk.techReceived
                + m.param(Param.DETERRENCE_BACKING_GAIN) * (m.tie(TiePair.RUS_PRK) - m.param(Param.TIES_INITIAL_RUS_PRK));

        TrilateralPartner[] partners = m.trilateralPartners();
        double sum = 0;
        for (TrilateralPartner partner : partners) {
            sum += partner.reactionScale(m);
        }
        double y = prk.military;
        double xMean = m.trilateralPosture();
        for (TrilateralPartner s : partners) {
            // the scale normalised to mean 1 (all 1 when the scales sum to 0)
            double scale = sum == 0 ? 1.0 : s.reactionScale(m) * partners.length / sum;
            s.military = bounded(s.military + k * scale * y - a * s.military + g + m.noise(sd));
        }
        prk.military = bounded(y + l * xMean - b * y + hEff + m.noise(sd));
    }

    private static double bounded(double level) {
        return Math.max(0, Math.min(CEILING, level));
    }
}

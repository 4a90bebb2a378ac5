package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 4. Russia and Ukraine fire shells against their needs. Fire effectiveness scales with
 * shell sufficiency (an assumption); manpower (with North Korean troops) follows one monthly
 * step of Lanchester's aimed-fire (square-law) attrition plus recruitment, and the front balance
 * is the square-law strength advantage (aA^2 - bB^2) / (aA^2 + bB^2), in [-1, 1]. Each side
 * refills part of the gap to its month-0 strength: with fixed recruitment the square law has a
 * saddle point and one side always collapses, which is not the war the articles describe.
 */
final class Front implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Square-law advantage of side A over side B. */
    static double balance(double alpha, double a, double beta, double b) {
        double sa = alpha * a * a;
        double sb = beta * b * b;
        return sa + sb == 0 ? 0.0 : (sa - sb) / (sa + sb);
    }

    /**
     * Aimed fire: dA/dt = -beta B, dB/dt = -alpha A, integrated with explicit Euler in the given
     * number of substeps; returns {A, B} (never negative).
     */
    static double[] squareLaw(double a, double b, double alpha, double beta, double time, int substeps) {
        double dt = time / substeps;
        for (int i = 0; i < substeps && a > 0 && b > 0; i++) {
            double na = a - beta * b * dt;
            double nb = b - alpha * a * dt;
            a = Math.max(0, na);
            b = Math.max(0, nb);
        }
        return new double[] {a, b};
    }

    /** Closes a share of the gap to the target strength (never lowers a force above target). */
    static double refill(double manpower, double target, double share) {
        return manpower < target ? manpower + share * (target - manpower) : manpower;
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        StateAgent rus = m.agent(StateCode.RUS);
        StateAgent ukr = m.agent(StateCode.UKR);
        double needRus = m.param(Param.FRONT_NEED_RUS);
        double needUkr = m.param(Param.FRONT_NEED_UKR);

        double rusShells = Math.min(rus.shells().stock(), needRus);
        rus.shells().fire(rusShells);
        double rusMissiles = rus.missiles().stock();
        rus.missiles().fire(rusMissiles);
        double ukrShells = Math.min(ukr.shells().stock(), needUkr);
        ukr.shells().fire(ukrShells);

        double rusFire = rusShells + rusMissiles * m.param(Param.MUNITIONS_MISSILE_SHELLS);
        double alpha = m.param(Param.FRONT_LETHALITY_RUS) * Math.min(1.0, rusFire / needRus);
        double beta = m.param(Param.FRONT_LETHALITY_UKR) * Math.min(1.0, ukrShells / needUkr);
        double troops = m.param(Param.TROOPS_PRK_TO_RUS) * m.param(Param.TROOPS_EFFECTIVENESS);

        double rusStrength = rus.manpower + troops;
        double[] after = squareLaw(rusStrength, ukr.manpower, alpha, beta, 1.0, 1);
        // North Korean troops are held at their deployed level (replaced as they fall): losses hit Russians.
        rus.manpower = refill(Math.max(0, after[0] - troops), m.param(Param.FRONT_MANPOWER_RUS),
                m.param(Param.FRONT_REPLACEMENT_RUS));
        ukr.manpower = refill(after[1], m.param(Param.FRONT_MANPOWER_UKR), m.param(Param.FRONT_REPLACEMENT_UKR));

        m.recordFront(rusShells / needRus, balance(alpha, rus.manpower + troops, beta, ukr.manpower));
    }
}

package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 4. Russia and Ukraine fire what they decide to ({@link Russia#shellsToFire},
 * {@link Ukraine#shellsToFire}), after North Korea sends the soldiers it decides to; losses follow
 * Lanchester's linear law (area fire), one explicit step a month. Each side's combat power is the
 * damage it does a month at the enemy's month-0 density,
 * P_rus = lethality_rus x shells fired + direct_fire_rus x (Russians + effectiveness x North Koreans),
 * P_ukr = lethality_ukr x shells fired + direct_fire_ukr x Ukrainians,
 * and the losses a side takes are the enemy's power times its own density (soldiers / month-0
 * soldiers), Russia's times its attack exposure. The soldier terms are the linear law
 * dB/dt = -alpha A B, dA/dt = -beta A B with alpha = direct_fire / B0, and its invariant
 * alpha A - beta B holds exactly for the monthly step. Area fire is the textbook form for artillery:
 * losses grow with the fire received and with how densely the target is packed.
 * North Korean soldiers take their share of Russia's losses and are not replaced. Forces grow by
 * recruitment. The balance (P_rus - P_ukr) / (P_rus + P_ukr) is in [-1, 1]; the territory changing
 * hands is a scale times the balance (an assumption with a public referent to check it against).
 * More shells fired never lowers the firing side's power.
 */
final class Front implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Combat power: damage a month at the enemy's month-0 density. */
    static double power(double lethality, double shellsFired, double directFire, double soldiers) {
        return lethality * shellsFired + directFire * soldiers;
    }

    /** Losses of a force of {@code soldiers} (month-0 strength {@code initial}) under an enemy power. */
    static double losses(double enemyPower, double exposure, double soldiers, double initial) {
        return Math.min(soldiers, exposure * enemyPower * soldiers / initial);
    }

    static double balance(double powerRus, double powerUkr) {
        double total = powerRus + powerUkr;
        return total == 0 ? 0.0 : (powerRus - powerUkr) / total;
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        Russia rus = m.russia();
        Ukraine ukr = m.ukraine();
        NorthKorea prk = m.northKorea();
        prk.deployTroops(m);

        double rusShells = rus.shellsToFire(m);
        rus.shells().fire(rusShells);
        double rusMissiles = rus.missilesToFire();
        rus.missiles().fire(rusMissiles);
        double ukrShells = ukr.shellsToFire(m);
        ukr.shells().fire(ukrShells);

        double rusFire = rusShells + rusMissiles * m.param(Param.MUNITIONS_MISSILE_SHELLS);
        double koreans = prk.manpower;
        double russianSide = rus.manpower + koreans;
        double pRus = power(m.param(Param.FRONT_LETHALITY_RUS), rusFire, m.param(Param.FRONT_DIRECT_FIRE_RUS),
                rus.manpower + m.param(Param.TROOPS_EFFECTIVENESS) * koreans);
        double pUkr = power(m.param(Param.FRONT_LETHALITY_UKR), ukrShells, m.param(Param.FRONT_DIRECT_FIRE_UKR),
                ukr.manpower);

        double ukrLosses = losses(pRus, 1.0, ukr.manpower, m.param(Param.FRONT_MANPOWER_UKR));
        double sideLosses = losses(pUkr, m.param(Param.FRONT_ATTACK_EXPOSURE_RUS), russianSide,
                m.param(Param.FRONT_MANPOWER_RUS));
        // Capped: when the whole side falls, the Koreans' share of it rounded to a hair above their
        // number and left -1.5e-11 soldiers at the front (found by OutputSignTest).
        double koreanLosses = russianSide == 0 ? 0 : Math.min(koreans, sideLosses * koreans / russianSide);
        rus.casualties = sideLosses - koreanLosses;
        prk.casualties = koreanLosses;
        ukr.casualties = ukrLosses;
        rus.manpower = rus.manpower - rus.casualties + rus.recruits(m);
        prk.manpower = koreans - koreanLosses;
        ukr.manpower = ukr.manpower - ukrLosses + ukr.recruits(m);

        double balance = balance(pRus, pUkr);
        m.recordFront(rusShells, ukrShells, balance, balance * m.param(Param.FRONT_TERRITORY_SCALE));
    }
}

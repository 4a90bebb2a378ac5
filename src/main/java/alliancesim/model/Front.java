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
 * recruitment and shrink by the share of casualties that does not come back: most of the wounded
 * return to the line, so counting every casualty as gone shrank Russia's force while the record has it
 * growing by about 10,000 a month (Ukraine's military intelligence and commander-in-chief: about
 * 420,000 in September 2023, 470,000 in February 2024, 715,000 in January 2026). The balance (P_rus - P_ukr) / (P_rus + P_ukr) is in [-1, 1].
 * <p>
 * Territory is bought with the attacker's casualties: km2 = L / c x R^e, where L is what Russia's side
 * lost this month, c the casualties per km2 at equal combat power and R = P_rus / P_ukr the combat-power
 * ratio, capped at {@link #MAX_RATIO}. The referent for c is the area taken per casualty in this war:
 * ISW put Russian losses in 2024 at over 420,000 for about 4,168 km2, about 100 casualties per km2.
 * That the rate of advance rises with the attacker's force ratio is the finding of Helmbold ("Rates of
 * advance in historical land combat operations", 1990) and Dupuy's Quantified Judgment Model; the power
 * law and its exponent e are assumptions. With e >= 1 more of the defender's power never gives the
 * attacker more ground (L grows as P_ukr, R^e falls at least as fast), and more of the attacker's
 * power never gives it less. Ground Ukraine retakes is not modelled: territory changes one way.
 * More shells fired never lowers the firing side's power. In a ceasefire nobody fires or falls.
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

    /** The combat-power ratio at which advance stops rising: a rout is outside what the form was fitted on. */
    static final double MAX_RATIO = 10;

    /** Territory taken: the attacker's losses over the casualties per km2 at parity, times R^e. */
    static double territory(double attackerLosses, double casualtiesPerKm2, double powerRus, double powerUkr,
                            double elasticity) {
        if (attackerLosses <= 0) {
            return 0;
        }
        double ratio = powerUkr <= 0 ? MAX_RATIO : Math.min(MAX_RATIO, powerRus / powerUkr);
        return attackerLosses / casualtiesPerKm2 * Math.pow(ratio, elasticity);
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

        boolean ceasefire = m.param(Param.FRONT_CEASEFIRE) != 0;
        double rusShells = ceasefire ? 0 : rus.shellsToFire(m);
        rus.shells().fire(rusShells);
        double rusMissiles = ceasefire ? 0 : rus.missilesToFire();
        rus.missiles().fire(rusMissiles);
        double ukrShells = ceasefire ? 0 : ukr.shellsToFire(m);
        ukr.shells().fire(ukrShells);

        double rusFire = rusShells + rusMissiles * m.param(Param.MUNITIONS_MISSILE_SHELLS);
        double koreans = prk.manpower;
        double russianSide = rus.manpower + koreans;
        double pRus = power(m.param(Param.FRONT_LETHALITY_RUS), rusFire, m.param(Param.FRONT_DIRECT_FIRE_RUS),
                rus.manpower + m.param(Param.TROOPS_EFFECTIVENESS) * koreans);
        double pUkr = power(m.param(Param.FRONT_LETHALITY_UKR), ukrShells, m.param(Param.FRONT_DIRECT_FIRE_UKR),
                ukr.manpower);

        double ukrLosses = ceasefire ? 0 : losses(pRus, 1.0, ukr.manpower, m.param(Param.FRONT_MANPOWER_UKR));
        double sideLosses = ceasefire ? 0 : losses(pUkr, m.param(Param.FRONT_ATTACK_EXPOSURE_RUS), russianSide,
                m.param(Param.FRONT_MANPOWER_RUS));
        // Capped: when the whole side falls, the Koreans' share of it rounded to a hair above their
        // number and left -1.5e-11 soldiers at the front (found by OutputSignTest).
        double koreanLosses = russianSide == 0 ? 0 : Math.min(koreans, sideLosses * koreans / russianSide);
        rus.casualties = sideLosses - koreanLosses;
        prk.casualties = koreanLosses;
        ukr.casualties = ukrLosses;
        double permanent = m.param(Param.FRONT_PERMANENT_LOSS_SHARE);
        rus.manpower = rus.manpower - permanent * rus.casualties + rus.recruits(m);
        prk.manpower = koreans - permanent * koreanLosses;
        ukr.manpower = ukr.manpower - permanent * ukrLosses + ukr.recruits(m);

        double balance = balance(pRus, pUkr);
        double km2 = territory(sideLosses, m.param(Param.FRONT_CASUALTIES_PER_KM2), pRus, pUkr,
                m.param(Param.FRONT_ADVANCE_ELASTICITY));
        m.recordFront(rusShells, ukrShells, ceasefire ? 0 : balance, km2);
    }
}

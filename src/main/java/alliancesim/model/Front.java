package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 4. Russia and Ukraine fire what they decide to ({@link Russia#shellsToFire},
 * {@link Ukraine#shellsToFire}), after North Korea sends the soldiers it decides to; losses follow
 * Deitchman's mixed Lanchester law, one explicit step a month. Each side's combat power is the damage it
 * does a month,
 * P_rus = lethality_rus x shells fired + direct_fire_rus x (Russians + effectiveness x North Koreans),
 * P_ukr = lethality_ukr x shells fired + direct_fire_ukr x Ukrainians.
 * The attacker, in the open, takes aimed fire: Russia's side loses P_ukr times its attack exposure,
 * whatever its own number (the square law's dA/dt = -b B). The defender, dug in and hidden, takes area
 * fire: Ukraine loses P_rus times its density, Ukrainians over their month-0 number (the linear law's
 * dB/dt = -a A B / B0). Together they are Deitchman's model of an exposed force against a concealed
 * one ("A Lanchester model of guerrilla warfare", Operations Research 10(6), 1962), whose invariant
 * a A^2 / 2 - b B0 B the soldiers' terms keep to first order in the monthly step.
 * <p>
 * Why not area fire on both sides (Lanchester's linear law, the textbook form for unobserved
 * artillery, which this model used before): in this war drones watch the ground an attack must cross
 * (RUSI, Watling and Reynolds, "Meatgrinder", May 2023), and the record contradicts a density term for
 * the attacker: Russia's force grew from about 470,000 to 640,000-715,000 between early 2024 and
 * 2025-2026 while its casualties a month fell (about 36,000 in 2024, 33,000 in 2025, UK Defence
 * Intelligence); under the linear law they would have risen with its number, eaten its recruits and
 * stalled its force where the record has it growing. Why not aimed fire on both (the square law): a
 * thinning defence then loses as much as a full one, and a shrinking army collapses within months.
 * <p>
 * North Korean soldiers take their share of Russia's losses and are not replaced. Forces grow by
 * recruitment and shrink by the share of casualties that does not come back, each army's own: many of
 * the wounded return to the line (Ukraine's military intelligence and commander-in-chief count the Russian
 * force at about 420,000 in September 2023, 470,000 in February 2024, 715,000 in January 2026, which fits
 * Russia's share; Kyiv says about half its own wounded return, President Zelensky, 8 December 2024). The balance
 * (P_rus - P_ukr) / (P_rus + P_ukr) is in [-1, 1].
 * <p>
 * Territory follows Helmbold's finding that the rate of advance rises with the force ratio, the
 * attacker's soldiers over the defender's ("Rates of advance in historical land combat operations",
 * 1990): km2 = E / c x R^e. E is Russia's effort, its power times its attack exposure (what that power
 * would cost it in casualties against an equal defender), c the casualties per km2 at parity and R the
 * ratio of soldiers (North Koreans at their effectiveness) relative to month 0, held at most at
 * {@link Param#FRONT_MAX_FORCE_RATIO}: beyond the ratios of the record the power law would be an
 * extrapolation, so the advance keeps the pace of the largest ratio seen. The referent for c is the
 * area taken per casualty in this war: ISW put Russian losses in 2024 at over 420,000 for about 4,168
 * km2, about 100 casualties per km2. The power law and its exponent e are assumptions. Before, R was the ratio of combat power and E Russia's losses: then
 * Ukraine's tripled fire from mid-2024 (Syrskyi: 14,600 rounds a day in August against 2,000 in March)
 * lowered R and the model's advance fell, while the record has it doubling to tripling (AFP and ISW:
 * about 174 km2 a month in the first half of 2024, 604 in its last quarter) as Russia's soldiers
 * outgrew Ukraine's. Fire now takes ground by the soldiers it kills. More of the defender's soldiers or
 * fire never gives the attacker more ground, and more of the attacker's power or soldiers never less.
 * Ground Ukraine retakes is not modelled.
 * More shells fired never lowers the firing side's power. In a ceasefire nobody fires or falls.
 */
final class Front implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Combat power: the casualties a side's shells and soldiers cause a month. */
    static double power(double lethality, double shellsFired, double directFire, double soldiers) {
        return lethality * shellsFired + directFire * soldiers;
    }

    /** The attacker's losses under aimed fire: the enemy's power times exposure, not its own number. */
    static double aimedLosses(double enemyPower, double exposure, double soldiers) {
        return Math.min(soldiers, exposure * enemyPower);
    }

    /** The defender's losses under area fire: the enemy's power times its density (soldiers / month-0 soldiers). */
    static double areaLosses(double enemyPower, double soldiers, double initial) {
        return Math.min(soldiers, enemyPower * soldiers / initial);
    }

    /**
     * Territory taken: the attacker's effort (the casualties its power would cost it at parity) over the
     * casualties per km2 at parity, times R^e, R the force ratio relative to month 0.
     */
    static double territory(double effort, double casualtiesPerKm2, double forceRus, double forceUkr,
                            double elasticity, double maxRatio) {
        if (effort <= 0) {
            return 0;
        }
        double ratio = forceUkr <= 0 ? maxRatio : Math.min(maxRatio, forceRus / forceUkr);
        return effort / casualtiesPerKm2 * Math.pow(ratio, elasticity);
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

        // Soldiers relative to month 0, Koreans at their effectiveness, before this month's losses.
        double forceRus = (rus.manpower + m.param(Param.TROOPS_EFFECTIVENESS) * koreans) / m.param(Param.FRONT_MANPOWER_RUS);
        double forceUkr = ukr.manpower / m.param(Param.FRONT_MANPOWER_UKR);
        double exposure = m.param(Param.FRONT_ATTACK_EXPOSURE_RUS);
        double ukrLosses = ceasefire ? 0 : areaLosses(pRus, ukr.manpower, m.param(Param.FRONT_MANPOWER_UKR));
        double sideLosses = ceasefire ? 0 : aimedLosses(pUkr, exposure, russianSide);
        // Capped: when the whole side falls, the Koreans' share of it rounded to a hair above their
        // number and left -1.5e-11 soldiers at the front (found by OutputSignTest).
        double koreanLosses = russianSide == 0 ? 0 : Math.min(koreans, sideLosses * koreans / russianSide);
        rus.casualties = sideLosses - koreanLosses;
        prk.casualties = koreanLosses;
        ukr.casualties = ukrLosses;
        double permanent = m.param(Param.FRONT_PERMANENT_LOSS_SHARE);
        rus.manpower = rus.manpower - permanent * rus.casualties + rus.recruits(m);
        prk.manpower = koreans - permanent * koreanLosses;
        ukr.manpower = ukr.manpower - m.param(Param.FRONT_PERMANENT_LOSS_SHARE_UKR) * ukrLosses + ukr.recruits(m);

        double balance = balance(pRus, pUkr);
        double km2 = territory(ceasefire ? 0 : exposure * pRus, m.param(Param.FRONT_CASUALTIES_PER_KM2),
                forceRus, forceUkr, m.param(Param.FRONT_ADVANCE_ELASTICITY), m.param(Param.FRONT_MAX_FORCE_RATIO));
        m.recordFront(rusShells, ukrShells, ceasefire ? 0 : balance, km2);
    }
}

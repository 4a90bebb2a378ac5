package alliancesim.model;

/**
 * The economies' formulas (Russia and North Korea grow in phase 1, each in its own step). GDP grows at the rate observed under the sanctions in force at month 0, minus the drag
 * of effective sanctions pressure beyond that reference, plus (North Korea) what Russian payments
 * add: g = g_observed + gain x payments/GDP - drag x (e - e_ref), with e = pressure x (1 - leak)
 * and leak = China's share x facilitation. Counting the baseline's sanctions inside g_observed and
 * only the change as drag avoids counting them twice. The linear form is an assumption; the size of
 * a drag follows Neuenkirch and Neumeier (2015). Russia's pace changes when its central bank holds the
 * key rate at its wartime peak (21 % from 25 October 2024, Bank of Russia): an event of the record sets
 * the flag, and the growth it costs is calibrated.
 */
final class Economy {
    private Economy() {
    }

    /** Effective pressure: what is left of the pressure after evasion through China. */
    static double effectivePressure(double pressure, double chinaShare, double facilitation) {
        return pressure * (1 - clamp01(chinaShare * facilitation));
    }

    /**
     * Russia's growth before sanctions beyond the reference: the observed wartime rate, less what tight
     * money costs while the central bank holds its key rate at the peak (an event of the record says when).
     */
    static double russianGrowth(double observedGrowth, double tightMoney, double tightMoneyDrag) {
        return tightMoney == 0 ? observedGrowth : observedGrowth - tightMoneyDrag;
    }

    /** Monthly growth from annual rates. */
    static double monthlyGrowth(double observedGrowth, double drag, double effective, double reference,
                                double aidGain, double annualPaymentShare) {
        return (observedGrowth + aidGain * annualPaymentShare - drag * (effective - reference)) / 12.0;
    }

    /** A month of growth at the given rate, with the model's noise on it. */
    static void applyGrowth(StateAgent agent, AllianceModel m, double growth) {
        double g = growth + m.noise(m.param(Param.ECONOMY_NOISE_SD));
        agent.gdpIndex *= Math.max(0.0, 1 + g);
    }

    static double clamp01(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}

package alliancesim.model;

/**
 * Russia. It decides how much it fires (rationing a low stock), what it buys from North Korea (the
 * gap of this month's fire plus a share of the gap to the stock it wants) and what it pays for it
 * (aid per shell delivered, workers' wages, and technology, shaped by its tie to North Korea), and
 * how many soldiers it recruits.
 */
public final class Russia extends StateAgent {
    private static final long serialVersionUID = 1L;

    /** Effective sanctions pressure at month 0 with the default levers, already inside its observed growth. */
    private double referencePressure;

    Russia(double initialShells, double manpower) {
        super(StateCode.RUS, initialShells, 0.0, manpower);
    }

    /**
     * Fire: the rate of the period, but at most the stock over the rationing months, so that a low
     * stock is stretched (and more shells in stock mean more fire until the rate is reached).
     */
    static double fire(double stock, double rate, double rationingMonths) {
        return Math.min(rate, stock / Math.max(1.0, rationingMonths));
    }

    /** Demand: the fire gap of this month plus a share of the gap to its reserve after firing. */
    static double demand(double stock, double need, double reserveMonths, double rebuildRate) {
        double fireGap = Math.max(0.0, need - stock);
        double reserveGap = Math.max(0.0, reserveMonths * need - Math.max(0.0, stock - need));
        return fireGap + rebuildRate * reserveGap;
    }

    /** Shells it fires this month from what it holds now. */
    double shellsToFire(AllianceModel m) {
        return fire(shells().stock(), m.param(Param.FRONT_NEED_RUS), m.param(Param.FRONT_RATIONING_MONTHS_RUS));
    }

    /** Missiles are fired as they arrive: none are kept in reserve. */
    double missilesToFire() {
        return missiles().stock();
    }

    /** Shells it buys from North Korea this month, from what it holds now. */
    double shellDemand(AllianceModel m) {
        return demand(shells().stock(), m.param(Param.FRONT_NEED_RUS), m.param(Param.MUNITIONS_RESERVE_MONTHS),
                m.param(Param.MUNITIONS_REBUILD_RATE));
    }

    /** Aid (food, energy, currency) paid per shell delivered, plus the wages of North Korean workers, in USD. */
    double aidFor(double deliveredShells, AllianceModel m) {
        double workerPay = m.param(Param.WORKERS_PRK_TO_RUS) * m.param(Param.WORKERS_REMITTANCE_USD);
        return deliveredShells * m.param(Param.PAYMENT_AID_USD_PER_SHELL) + workerPay;
    }

    /**
     * Technology handed over for the shells delivered: the rate per million shells, in proportion to
     * the RUS-PRK tie against its base (a closer ally is trusted with more).
     */
    double technologyFor(double deliveredShells, AllianceModel m) {
        double tieBase = m.param(Param.TIES_INITIAL_RUS_PRK);
        double tieFactor = tieBase == 0 ? 0 : m.tie(TiePair.RUS_PRK) / tieBase;
        return deliveredShells / 1e6 * m.param(Param.PAYMENT_TECH_PER_MSHELL) * tieFactor;
    }

    double recruits(AllianceModel m) {
        return m.param(Param.FRONT_RECRUITMENT_RUS);
    }

    double referencePressure() {
        return referencePressure;
    }

    void setReferencePressure(double pressure) {
        referencePressure = pressure;
    }
}

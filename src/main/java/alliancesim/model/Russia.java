package alliancesim.model;

/**
 * Russia. It decides how much it fires (rationing a low stock), how fast it ramps up its own production,
 * what it buys from North Korea (the
 * gap of this month's fire plus a share of the gap to the stock it wants) and what it pays for it
 * (aid per shell delivered, workers' wages, and technology, shaped by its tie to North Korea), and
 * how many soldiers it recruits.
 */
public final class Russia extends StateAgent {
    private static final long serialVersionUID = 1L;

    /** Effective sanctions pressure at month 0 with the default levers, already inside its observed growth. */
    private double referencePressure;
    /** Its production ramp-up so far (capacity multiple of month 0) and the monthly factor of the current rate. */
    private double ramp = 1;
    private double rampGrowth = Double.NaN;
    private double rampFactor = 1;

    /** A ramp-up stops at this multiple of the month-0 capacity: factories, labour and explosives are finite. */
    static final double MAX_RAMP = 4;

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

    /**
     * Capacity after {@code month} months of growth at an annual rate, at most {@link #MAX_RAMP} times the
     * start: the closed form of the monthly ramp {@link #rampUp} applies.
     */
    static double rampedCapacity(double capacity, double annualGrowth, int month) {
        return capacity * Math.min(MAX_RAMP, Math.pow(1 + annualGrowth, month / 12.0));
    }

    /** Its shell-making capacity this month: month 0's capacity times the ramp-up so far. */
    double shellCapacity(AllianceModel m) {
        return m.param(Param.MUNITIONS_CAPACITY_RUS) * ramp;
    }

    /** Grows its capacity by a month of its ramp-up rate (one Math.pow per change of rate, not per month). */
    void rampUp(AllianceModel m) {
        double growth = m.param(Param.MUNITIONS_CAPACITY_GROWTH_RUS);
        if (growth != rampGrowth) {
            rampGrowth = growth;
            rampFactor = Math.pow(1 + growth, 1 / 12.0);
        }
        ramp = Math.min(MAX_RAMP, ramp * rampFactor);
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

    /** Its economy: the observed wartime rate, less tight money and sanctions beyond the reference. */
    @Override
    void grow(AllianceModel m) {
        double growth = Economy.russianGrowth(m.param(Param.ECONOMY_GROWTH_RUS), m.param(Param.ECONOMY_TIGHT_MONEY_RUS),
                m.param(Param.ECONOMY_TIGHT_MONEY_DRAG_RUS));
        Economy.applyGrowth(this, m, Economy.monthlyGrowth(growth, m.param(Param.ECONOMY_DRAG_RUS),
                m.effectivePressure(StateCode.RUS), referencePressure, 0, 0));
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

package alliancesim.model;

/**
 * North Korea. It decides what it offers Russia for export (its export share of the month's output
 * plus a release of the stock it holds above its own reserve; missiles at the export share) and how
 * many soldiers it sends to the front, and how many missile and nuclear tests it holds. It receives
 * Russia's payment in aid and technology, and its economy grows on it.
 */
public final class NorthKorea extends StateAgent {
    private static final long serialVersionUID = 1L;

    /** Soldiers sent so far, as the scenario sets them: a later rise sends the difference. */
    private double troopsSent;
    /** Effective sanctions pressure at month 0 with the default levers, already inside its observed growth. */
    private double referencePressure;

    NorthKorea(double initialShells, double capability) {
        super(StateCode.PRK, initialShells, capability, 0.0); // no soldiers at the front until a deployment
    }

    /** Offer: share x (this month's output + surplus stock above reserve / drawdown months). */
    static double offer(double exportShare, double produced, double stockAtMonthStart, double reserve,
                        double drawdownMonths) {
        return exportShare * (produced + Math.max(0.0, stockAtMonthStart - reserve) / drawdownMonths);
    }

    /** Shells offered this month, never more than it holds. */
    double shellOffer(AllianceModel m) {
        return Math.min(shells().stock(), offer(m.param(Param.MUNITIONS_PRK_EXPORT_SHARE), shells().produced(),
                shells().stockAtMonthStart(), m.param(Param.MUNITIONS_PRK_RESERVE),
                m.param(Param.MUNITIONS_PRK_DRAWDOWN_MONTHS)));
    }

    /** Missiles offered this month: the export share of its stock. */
    double missileOffer(AllianceModel m) {
        return missiles().stock() * m.param(Param.MUNITIONS_PRK_EXPORT_SHARE);
    }

    void receivePayment(double aidUsd, double technology) {
        aidReceivedUsd = aidUsd;
        techReceived = technology;
        techStock += techReceived;
    }

    /**
     * Sends soldiers up to the number the scenario says were sent in all (or withdraws when it
     * falls): soldiers who fell are not replaced.
     */
    void deployTroops(AllianceModel m) {
        double sent = m.param(Param.TROOPS_PRK_TO_RUS);
        manpower = Math.max(0, manpower + sent - troopsSent);
        troopsSent = sent;
    }

    /** Its economy: the observed rate, plus what Russia's payments add, less sanctions beyond the reference. */
    @Override
    void grow(AllianceModel m) {
        double annualGdpUsd = m.param(Param.ECONOMY_PRK_GDP_USD) * gdpIndex;
        double paymentShare = annualGdpUsd <= 0 ? 0 : aidReceivedUsd * 12 / annualGdpUsd;
        Economy.applyGrowth(this, m, Economy.monthlyGrowth(m.param(Param.ECONOMY_GROWTH_PRK),
                m.param(Param.ECONOMY_DRAG_PRK), m.effectivePressure(StateCode.PRK), referencePressure,
                m.param(Param.ECONOMY_AID_GROWTH_GAIN_PRK), paymentShare));
    }

    /** Missile and nuclear tests it expects to hold this month: a rate per unit of its capability. */
    double expectedTests(AllianceModel m) {
        return m.param(Param.TESTS_RATE) * military;
    }

    /** The tests it holds this month: a Poisson draw around what it expects (exactly that when deterministic). */
    double holdTests(AllianceModel m, double expected) {
        return m.deterministic() ? expected : m.poisson(expected);
    }

    double referencePressure() {
        return referencePressure;
    }

    void setReferencePressure(double pressure) {
        referencePressure = pressure;
    }
}

package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3. North Korean shells and missiles to Russia, and Western shells to Ukraine.
 * <ul>
 * <li>North Korea decides its offer: its export share (a policy) of what it can spare, that is the
 * month's output plus a release of the stock it holds above its own reserve.</li>
 * <li>Russia decides what it buys: what its fire this month lacks, plus a share of the gap between
 * its stock and the reserve it wants (months of fire).</li>
 * <li>The shipment is the least of offer, demand and transport capacity; a share proportional to
 * enforcement is interdicted on the way. Missiles are all offered at the export share.</li>
 * <li>Russia pays in aid (food, energy, currency) per shell delivered, and in technology; how much
 * technology it hands over is its decision, shaped by the RUS-PRK tie. Workers add remittances.</li>
 * </ul>
 * No index multiplies a flow: the tie only shapes the technology Russia chooses to pay.
 */
final class Transfers implements Steppable {
    private static final long serialVersionUID = 1L;

    /** North Korea's offer: share x (this month's output + surplus stock above reserve / drawdown months). */
    static double prkOffer(double exportShare, double produced, double stockAtMonthStart, double reserve,
                           double drawdownMonths) {
        return exportShare * (produced + Math.max(0.0, stockAtMonthStart - reserve) / drawdownMonths);
    }

    /** Russia's demand: the fire gap of this month plus a share of the gap to its reserve after firing. */
    static double rusDemand(double stock, double need, double reserveMonths, double rebuildRate) {
        double fireGap = Math.max(0.0, need - stock);
        double reserveGap = Math.max(0.0, reserveMonths * need - Math.max(0.0, stock - need));
        return fireGap + rebuildRate * reserveGap;
    }

    /** What leaves North Korea: the least of offer, demand and transport capacity. */
    static double shipment(double offer, double demand, double transport) {
        return Math.max(0.0, Math.min(offer, Math.min(demand, transport)));
    }

    static double interdictedShare(double enforcement, double interdictionMax) {
        return enforcement * interdictionMax;
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        StateAgent rus = m.agent(StateCode.RUS);
        StateAgent prk = m.agent(StateCode.PRK);
        double exportShare = m.param(Param.MUNITIONS_PRK_EXPORT_SHARE);
        double lost = interdictedShare(m.param(Param.SANCTIONS_ENFORCEMENT), m.param(Param.MUNITIONS_INTERDICTION_MAX));

        double offer = Math.min(prk.shells().stock(), prkOffer(exportShare, prk.shells().produced(),
                prk.shells().stockAtMonthStart(), m.param(Param.MUNITIONS_PRK_RESERVE),
                m.param(Param.MUNITIONS_PRK_DRAWDOWN_MONTHS)));
        double demand = rusDemand(rus.shells().stock(), m.param(Param.FRONT_NEED_RUS),
                m.param(Param.MUNITIONS_RESERVE_MONTHS), m.param(Param.MUNITIONS_REBUILD_RATE));
        double shells = shipment(offer, demand, m.param(Param.MUNITIONS_TRANSPORT_PRK_RUS));
        double deliveredShells = ship(prk.shells(), rus.shells(), shells, lost);
        ship(prk.missiles(), rus.missiles(), prk.missiles().stock() * exportShare, lost);

        double workerPay = m.param(Param.WORKERS_PRK_TO_RUS) * m.param(Param.WORKERS_REMITTANCE_USD);
        prk.aidReceivedUsd = deliveredShells * m.param(Param.PAYMENT_AID_USD_PER_SHELL) + workerPay;
        double tieBase = m.param(Param.TIES_INITIAL_RUS_PRK);
        double tieFactor = tieBase == 0 ? 0 : m.tie(TiePair.RUS_PRK) / tieBase;
        prk.techReceived = deliveredShells / 1e6 * m.param(Param.PAYMENT_TECH_PER_MSHELL) * tieFactor;
        prk.techStock += prk.techReceived;

        StateAgent usa = m.agent(StateCode.USA);
        ship(usa.shells(), m.agent(StateCode.UKR).shells(), usa.shells().stock(), 0.0);
    }

    /** Moves a shipment; returns what arrived. */
    private static double ship(MunitionLedger from, MunitionLedger to, double amount, double interdictedShare) {
        double interdicted = amount * interdictedShare;
        double delivered = amount - interdicted;
        from.send(delivered);
        from.interdict(interdicted);
        to.receive(delivered);
        return delivered;
    }
}

package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3. North Korean shells and missiles to Russia, limited by what North Korea offers for
 * export (a share of the month's output), by Russia's shortfall and by the RUS-PRK tie; a share is interdicted in proportion to
 * enforcement. Russia pays in aid (food, energy, currency) and technology, proportional to what
 * was delivered; North Korean workers add remittances. The West ships its supply to Ukraine.
 */
final class Transfers implements Steppable {
    private static final long serialVersionUID = 1L;

    /**
     * Shells shipped from North Korea this month (before interdiction). The offer is a share of
     * the month's output, not of the stock: a share of a stock that keeps piling up would make the
     * export lever irrelevant after a few months.
     */
    static double shipment(double prkOutput, double exportShare, double rusStock, double rusNeed,
                           double reserveMonths, double tie) {
        double offer = prkOutput * exportShare;
        double shortfall = Math.max(0.0, rusNeed * (1 + reserveMonths) - rusStock);
        return Math.min(offer, shortfall) * tie;
    }

    static double interdictedShare(double enforcement, double interdictionMax) {
        return enforcement * interdictionMax;
    }

    @Override
    public void step(SimState state) {
        AllianceModel m = (AllianceModel) state;
        StateAgent rus = m.agent(StateCode.RUS);
        StateAgent prk = m.agent(StateCode.PRK);
        double tie = m.tie(TiePair.RUS_PRK);
        double exportShare = m.param(Param.MUNITIONS_PRK_EXPORT_SHARE);
        double lost = interdictedShare(m.param(Param.SANCTIONS_ENFORCEMENT), m.param(Param.MUNITIONS_INTERDICTION_MAX));

        double shells = shipment(prk.shells().produced(), exportShare, rus.shells().stock(),
                m.param(Param.FRONT_NEED_RUS), m.param(Param.MUNITIONS_RESERVE_MONTHS), tie);
        double deliveredShells = ship(prk.shells(), rus.shells(), shells, lost);
        double missiles = prk.missiles().produced() * exportShare * tie;
        ship(prk.missiles(), rus.missiles(), missiles, lost);

        double workerPay = m.param(Param.WORKERS_PRK_TO_RUS) * m.param(Param.WORKERS_REMITTANCE_USD);
        prk.aidReceivedUsd = deliveredShells * m.param(Param.PAYMENT_AID_USD_PER_SHELL) + workerPay;
        prk.techReceived = deliveredShells / 1e6 * m.param(Param.PAYMENT_TECH_PER_MSHELL);
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

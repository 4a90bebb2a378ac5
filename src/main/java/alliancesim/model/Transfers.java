package alliancesim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3. The exchange: North Korean shells and missiles to Russia, and Western shells to Ukraine.
 * It asks North Korea for its offer ({@link NorthKorea#shellOffer}) and Russia for its demand
 * ({@link Russia#shellDemand}); the shipment is the least of offer, demand and transport capacity,
 * and a share proportional to enforcement is interdicted on the way. Russia takes all the missiles
 * offered. Russia pays for what arrived ({@link Russia#aidFor}, {@link Russia#technologyFor}); the
 * United States ships Ukraine its supply. No index multiplies a flow: the tie only shapes the
 * technology Russia chooses to pay.
 */
final class Transfers implements Steppable {
    private static final long serialVersionUID = 1L;

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
        Russia rus = m.russia();
        NorthKorea prk = m.northKorea();
        double lost = interdictedShare(m.param(Param.SANCTIONS_ENFORCEMENT), m.param(Param.MUNITIONS_INTERDICTION_MAX));

        double shells = shipment(prk.shellOffer(m), rus.shellDemand(m), m.param(Param.MUNITIONS_TRANSPORT_PRK_RUS));
        double deliveredShells = ship(prk.shells(), rus.shells(), shells, lost);
        ship(prk.missiles(), rus.missiles(), prk.missileOffer(m), lost);
        prk.receivePayment(rus.aidFor(deliveredShells, m), rus.technologyFor(deliveredShells, m));

        UnitedStates usa = m.unitedStates();
        ship(usa.shells(), m.ukraine().shells(), usa.supplyToUkraine(), 0.0);
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

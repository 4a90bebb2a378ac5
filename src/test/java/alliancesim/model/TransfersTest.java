package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransfersTest {

    @Test
    void shipmentIsTheSmallerOfOfferAndShortfallTimesTie() {
        // offer 0.6 x 1e6 output = 600k; shortfall 600k*(1+0.5) - 200k = 700k; min = 600k; x tie 0.5 = 300k.
        assertEquals(300_000, Transfers.shipment(1e6, 0.6, 200_000, 600_000, 0.5, 0.5), 1e-9);
        // Russia already holds enough: nothing is shipped.
        assertEquals(0, Transfers.shipment(1e6, 0.6, 900_000, 600_000, 0.0, 1.0), 1e-9);
    }

    @Test
    void interdictionScalesWithEnforcement() {
        assertEquals(0.06, Transfers.interdictedShare(0.3, 0.2), 1e-15);
        assertEquals(0.0, Transfers.interdictedShare(0, 0.2));
    }

    @Test
    void paymentInAidAndTechnologyFollowsDeliveries() {
        AllianceModel m = Models.started(Models.deterministic().with(Param.WORKERS_PRK_TO_RUS, 1000), 2);
        Models.step(m, 1);
        StateAgent prk = m.agent(StateCode.PRK);
        double delivered = m.agent(StateCode.RUS).shells().received();
        assertEquals(delivered * 400 + 1000 * 800, prk.aidReceivedUsd(), 1e-6);
        assertEquals(delivered / 1e6 * 0.5, prk.techReceived(), 1e-12);
        assertEquals(prk.techReceived(), prk.techStock(), 1e-15);
    }

    @Test
    void theWestShipsAllItsSupplyToUkraine() {
        AllianceModel m = Models.started(Models.deterministic(), 2);
        Models.step(m, 1);
        assertEquals(60_000, m.agent(StateCode.UKR).shells().received(), 1e-9);
        assertEquals(0, m.agent(StateCode.USA).shells().stock(), 1e-9);
    }
}

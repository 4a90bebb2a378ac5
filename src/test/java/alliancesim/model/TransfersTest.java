package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransfersTest {

    @Test
    void shipmentIsTheLeastOfOfferDemandAndTransport() {
        assertEquals(400, Transfers.shipment(400, 900, 500), 0);
        assertEquals(300, Transfers.shipment(400, 300, 500), 0);
        assertEquals(200, Transfers.shipment(400, 300, 200), 0);
    }

    @Test
    void interdictionScalesWithEnforcement() {
        assertEquals(0.06, Transfers.interdictedShare(0.3, 0.2), 1e-15);
        assertEquals(0.0, Transfers.interdictedShare(0, 0.2));
    }

    @Test
    void monthZeroShipmentMatchesHandComputation() {
        AllianceModel m = Models.started(Models.deterministic(), 1);
        Models.step(m, 1);
        // Offer 0.9 x (150k x (1 - 0.002/12) + 6M/12) = 584,977.5 > transport 500k < Russia's demand (millions):
        // 500k leave North Korea, 6 % are interdicted at enforcement 0.3 x 0.2.
        assertEquals(470_000, m.trajectory().get(0, Output.SHELLS_TRANSFERRED), 1e-6);
        assertEquals(30_000, m.trajectory().get(0, Output.SHELLS_INTERDICTED), 1e-6);
    }

    @Test
    void paymentInAidAndTechnologyFollowsDeliveries() {
        AllianceModel m = Models.started(Models.deterministic().with(Param.WORKERS_PRK_TO_RUS, 1000), 2);
        Models.step(m, 1);
        StateAgent prk = m.agent(StateCode.PRK);
        double delivered = m.agent(StateCode.RUS).shells().received();
        assertEquals(delivered * 400 + 1000 * 800, prk.aidReceivedUsd(), 1e-6);
        // The tie is still at its base in month 0 (ties move after transfers): the full rate of technology.
        assertEquals(delivered / 1e6 * 0.5, prk.techReceived(), 1e-12);
        assertEquals(prk.techReceived(), prk.techStock(), 1e-15);
    }

    @Test
    void theWestShipsAllItsSupplyToUkraine() {
        AllianceModel m = Models.started(Models.deterministic(), 2);
        Models.step(m, 1);
        assertEquals(120_000, m.agent(StateCode.UKR).shells().received(), 1e-9);
        assertEquals(0, m.agent(StateCode.USA).shells().stock(), 1e-9);
    }

    @Test
    void whereSupplyBindsTheExportShareAndNorthKoreanCapacityRaiseDeliveries() {
        Parameters open = Models.deterministic().with(Param.MUNITIONS_TRANSPORT_PRK_RUS, 2e6);
        assertTrue(cumulative(open.with(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.9))
                > cumulative(open.with(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.5)) * 1.5);
        assertTrue(cumulative(open.with(Param.MUNITIONS_CAPACITY_PRK, 450_000)) > cumulative(open) * 1.2);
    }

    private static double cumulative(Parameters p) {
        double sum = 0;
        for (double v : AllianceModel.simulate(p, List.of(), 12, 1L).series(Output.SHELLS_TRANSFERRED)) {
            sum += v;
        }
        return sum;
    }
}

package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransfersTest {

    @Test
    void northKoreaOffersItsShareOfOutputAndOfTheSurplusReleasedThisMonth() {
        // 0.9 x (150k + (8M - 2M) / 12) = 0.9 x 650k = 585k.
        assertEquals(585_000, Transfers.prkOffer(0.9, 150_000, 8e6, 2e6, 12), 1e-6);
        // Below its reserve North Korea offers only from output.
        assertEquals(75_000, Transfers.prkOffer(0.5, 150_000, 1e6, 2e6, 12), 1e-9);
    }

    @Test
    void russiaBuysItsFireGapAndAShareOfTheGapToItsReserve() {
        // Stock 1.25M, fire 300k, reserve 24 months: no fire gap; 0.3 x (7.2M - 0.95M) = 1.875M.
        assertEquals(1_875_000, Transfers.rusDemand(1.25e6, 300_000, 24, 0.3), 1e-6);
        // Stock 100k: fire gap 200k plus 0.3 x 7.2M.
        assertEquals(200_000 + 0.3 * 7.2e6, Transfers.rusDemand(100_000, 300_000, 24, 0.3), 1e-6);
        // Stocks full: nothing.
        assertEquals(0, Transfers.rusDemand(8e6, 300_000, 24, 0.3), 0);
    }

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

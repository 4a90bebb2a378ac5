package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NorthKoreaTest {

    @Test
    void northKoreaOffersItsShareOfOutputAndOfTheSurplusReleasedThisMonth() {
        // 0.9 x (150k + (8M - 2M) / 12) = 0.9 x 650k = 585k.
        assertEquals(585_000, NorthKorea.offer(0.9, 150_000, 8e6, 2e6, 12), 1e-6);
        // Below its reserve North Korea offers only from output.
        assertEquals(75_000, NorthKorea.offer(0.5, 150_000, 1e6, 2e6, 12), 1e-9);
    }

    @Test
    void itsOfferFromItsOwnLedgerNeverExceedsWhatItHolds() {
        Parameters p = Models.deterministic().with(Param.MUNITIONS_PRK_EXPORT_SHARE, 0.5)
                .with(Param.MUNITIONS_STOCK_PRK, 3e6).with(Param.MUNITIONS_PRK_RESERVE, 2e6)
                .with(Param.MUNITIONS_PRK_DRAWDOWN_MONTHS, 10);
        AllianceModel m = Models.started(p, 1);
        NorthKorea prk = m.northKorea();
        prk.shells().produce(100_000);
        // 0.5 x (100k + (3M - 2M) / 10) = 100k.
        assertEquals(100_000, prk.shellOffer(m), 1e-9);
        prk.missiles().produce(10);
        assertEquals(5, prk.missileOffer(m), 1e-12);
        // All of it, no reserve, released in one month: 100k + 3M; after firing 1M it holds only 2.1M.
        m.setParam(Param.MUNITIONS_PRK_EXPORT_SHARE, 1.0);
        m.setParam(Param.MUNITIONS_PRK_RESERVE, 0);
        m.setParam(Param.MUNITIONS_PRK_DRAWDOWN_MONTHS, 1);
        assertEquals(3_100_000, prk.shellOffer(m), 1e-9);
        prk.shells().fire(1e6);
        assertEquals(2_100_000, prk.shellOffer(m), 1e-9);
    }

    @Test
    void troopsAreSentUpToTheTotalAndTheFallenAreNotReplaced() {
        AllianceModel m = Models.started(Models.deterministic(), 1);
        NorthKorea prk = m.northKorea();
        m.setParam(Param.TROOPS_PRK_TO_RUS, 11_000);
        prk.deployTroops(m);
        assertEquals(11_000, prk.manpower(), 0);
        prk.manpower = 9_000; // 2,000 fell
        prk.deployTroops(m);
        assertEquals(9_000, prk.manpower(), 0, "the same total sends nobody new");
        m.setParam(Param.TROOPS_PRK_TO_RUS, 12_000);
        prk.deployTroops(m);
        assertEquals(10_000, prk.manpower(), 0, "a rise of 1,000 sends 1,000");
        m.setParam(Param.TROOPS_PRK_TO_RUS, 0);
        prk.deployTroops(m);
        assertEquals(0, prk.manpower(), 0, "a withdrawal never leaves fewer than none");
    }
}

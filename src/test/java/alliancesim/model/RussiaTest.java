package alliancesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RussiaTest {

    @Test
    void russiaRationsFireWhenItsStockIsLow() {
        assertEquals(300_000, Russia.fire(5e6, 300_000, 6), 0);
        assertEquals(1.2e6 / 6, Russia.fire(1.2e6, 300_000, 6), 1e-9);
        assertEquals(100_000, Russia.fire(100_000, 300_000, 0), 0, "no rationing: all it has, up to the rate");
    }

    @Test
    void russiaBuysItsFireGapAndAShareOfTheGapToItsReserve() {
        // Stock 1.25M, fire 300k, reserve 24 months: no fire gap; 0.3 x (7.2M - 0.95M) = 1.875M.
        assertEquals(1_875_000, Russia.demand(1.25e6, 300_000, 24, 0.3), 1e-6);
        // Stock 100k: fire gap 200k plus 0.3 x 7.2M.
        assertEquals(200_000 + 0.3 * 7.2e6, Russia.demand(100_000, 300_000, 24, 0.3), 1e-6);
        // Stocks full: nothing.
        assertEquals(0, Russia.demand(8e6, 300_000, 24, 0.3), 0);
    }

    @Test
    void itsDecisionsAtMonthZeroFollowItsOwnStockAndParameters() {
        AllianceModel m = Models.started(Models.deterministic()
                .with(Param.MUNITIONS_STOCK_RUS, 1.2e6).with(Param.FRONT_NEED_RUS, 300_000)
                .with(Param.FRONT_RATIONING_MONTHS_RUS, 6).with(Param.MUNITIONS_RESERVE_MONTHS, 24)
                .with(Param.MUNITIONS_REBUILD_RATE, 0.3), 1);
        Russia rus = m.russia();
        // 1.2M over 6 months of rationing: 200k, below the rate of 300k.
        assertEquals(200_000, rus.shellsToFire(m), 1e-9);
        // No fire gap; 0.3 x (24 x 300k - (1.2M - 300k)) = 0.3 x 6.3M = 1.89M.
        assertEquals(1_890_000, rus.shellDemand(m), 1e-6);
    }

    @Test
    void itPaysAidPerShellWagesAndTechnologyInProportionToTheTie() {
        AllianceModel m = Models.started(Models.deterministic()
                .with(Param.PAYMENT_AID_USD_PER_SHELL, 400).with(Param.WORKERS_PRK_TO_RUS, 1000)
                .with(Param.WORKERS_REMITTANCE_USD, 800).with(Param.PAYMENT_TECH_PER_MSHELL, 0.5)
                .with(Param.TIES_INITIAL_RUS_PRK, 0.5), 1);
        Russia rus = m.russia();
        // 100k shells x $400 + 1000 workers x $800 = $40.8M.
        assertEquals(40_800_000, rus.aidFor(100_000, m), 1e-6);
        // 0.1 M shells x 0.5 at the tie's base level; a tie at 0.75 (1.5 x its base) pays 1.5 times as much.
        assertEquals(0.05, rus.technologyFor(100_000, m), 1e-15);
        m.setTie(TiePair.RUS_PRK, 0.75);
        assertEquals(0.075, rus.technologyFor(100_000, m), 1e-15);
    }
}

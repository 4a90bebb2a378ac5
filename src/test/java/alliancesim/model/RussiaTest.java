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
}

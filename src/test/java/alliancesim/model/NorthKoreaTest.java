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
}

package alliancesim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class BetweenPointsTest {
    /**
     * Two points of 3 runs, means 1 and 3, variances 1: between = 3 + 3 = 6 on 1 df, within = 2 + 2 = 4
     * on 4 df, so F = 6 / 1 = 6; with two groups F is t squared, and p is t's two-sided p with 4 df.
     */
    @Test
    void twoPointsByHand() {
        BetweenPoints b = BetweenPoints.of(List.of(new PointStats(3, 1, 1), new PointStats(3, 3, 1)));
        assertEquals(6, b.f(), 1e-12);
        assertEquals(1, b.dfBetween());
        assertEquals(4, b.dfWithin());
        double p = 2 * (1 - new TDistribution(4).cumulativeProbability(Math.sqrt(6)));
        assertEquals(p, b.p(), 1e-9); // about 0.070
        assertTrue(b.moved(), "p < 0.10, the reports' level");
    }

    @Test
    void pointsThatDifferByLessThanTheirNoiseAreNotMoved() {
        BetweenPoints b = BetweenPoints.of(List.of(new PointStats(10, 0.25, 0.04), new PointStats(10, 0.27, 0.04),
                new PointStats(10, 0.26, 0.04)));
        assertFalse(b.moved(), "p " + b.p());
        assertTrue(b.known());
    }

    @Test
    void withoutReplicatesNoiseIsUnknown() {
        BetweenPoints b = BetweenPoints.of(List.of(new PointStats(1, 0.2, Double.NaN), new PointStats(1, 0.9, Double.NaN)));
        assertFalse(b.known());
        assertFalse(b.moved());
    }
}

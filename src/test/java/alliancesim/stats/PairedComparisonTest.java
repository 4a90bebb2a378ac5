package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {
    private static final double[] A = {1, 2, 3, 4, 5};
    private static final double[] B = {2, 4, 0, 8, 10}; // differences 1, 2, -3, 4, 5

    @Test
    void meanDifferenceIntervalAndPairedTByHand() {
        PairedComparison c = PairedComparison.of(A, B);
        assertEquals(5, c.n());
        assertEquals(1.8, c.difference().meanDifference(), 1e-12);
        // sd of the differences: deviations -0.8, 0.2, -4.8, 2.2, 3.2; sum of squares 38.8
        double se = Math.sqrt(38.8 / 4 / 5);
        TDistribution t4 = new TDistribution(4);
        double q = t4.inverseCumulativeProbability(0.95);
        assertEquals(1.8 - q * se, c.difference().low(), 1e-9);
        assertEquals(1.8 + q * se, c.difference().high(), 1e-9);
        assertEquals(2 * (1 - t4.cumulativeProbability(1.8 / se)), c.pairedTP(), 1e-9);
    }

    @Test
    void wilcoxonSignedRankExactByCounting() {
        // |d| ranks 1..5, the negative one ranked 3: W- = 3. Of the 32 sign patterns, 5 have W- <= 3
        // ({}, {1}, {2}, {3}, {1,2}); two-sided p = 2 x 5/32.
        assertEquals(10.0 / 32, PairedComparison.of(A, B).wilcoxonP(), 1e-12);
    }

    @Test
    void identicalRunsShowNoDifferenceAndMissingPairsAreLeftOut() {
        PairedComparison same = PairedComparison.of(A, A.clone());
        assertEquals(0, same.difference().meanDifference());
        assertEquals(1.0, same.pairedTP());
        assertEquals(1.0, same.wilcoxonP());
        PairedComparison gap = PairedComparison.of(new double[] {1, Double.NaN, 3}, new double[] {2, 5, 5});
        assertEquals(2, gap.n());
        assertEquals(1.5, gap.difference().meanDifference(), 1e-12);
    }
}

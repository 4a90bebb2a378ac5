package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void oneToTenMatchesR() {
        // R: quantile(1:10, c(.05,.5,.95)) = 1.45 5.5 9.55; sd(1:10) = 3.02765
        Summary s = Summary.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertEquals(10, s.n());
        assertEquals(5.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(82.5 / 9), s.sd(), 1e-12);
        assertEquals(1.45, s.p05(), 1e-12);
        assertEquals(5.5, s.p50(), 1e-12);
        assertEquals(9.55, s.p95(), 1e-12);
    }

    @Test
    void observedQuantilesOfCountsAreValuesOfTheSampleAsRTypeOne() {
        // R: quantile(c(0,0,0,1,1,2,2,3,5,9), c(.05,.5,.95), type = 1) = 0 1 9
        // (n p = 0.5, 5, 9.5: the 1st, 5th and 10th order statistics)
        Summary s = Summary.of(new double[] {9, 0, 2, 0, 1, 3, 0, 5, 2, 1}, true);
        assertEquals(0, s.p05());
        assertEquals(1, s.p50());
        assertEquals(9, s.p95());
        assertEquals(2.3, s.mean(), 1e-12);
    }

    @Test
    void twoValuesInterpolate() {
        Summary s = Summary.of(new double[] {0, 10});
        assertEquals(0.5, s.p05(), 1e-12);
        assertEquals(9.5, s.p95(), 1e-12);
        assertEquals(Math.sqrt(50), s.sd(), 1e-12);
    }

    @Test
    void constantSampleAndSingleValueHaveNoSpread() {
        Summary c = Summary.of(new double[] {3, 3, 3});
        assertEquals(0, c.sd());
        assertEquals(3, c.p95());
        Summary one = Summary.of(new double[] {7});
        assertEquals(0, one.sd());
        assertEquals(7, one.p05());
    }

    @Test
    void nanIsDroppedAndEmptyIsNan() {
        Summary s = Summary.of(new double[] {Double.NaN, 1, 3});
        assertEquals(2, s.n());
        assertEquals(2, s.mean(), 1e-12);
        assertTrue(Double.isNaN(Summary.of(new double[0]).mean()));
    }

    /** Selection gives the quantiles a full sort and R's type-7 and type-1 definitions give, at every size. */
    @Test
    void selectedQuantilesEqualThoseOfTheSortedSample() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int trial = 0; trial < 5_000; trial++) {
            int n = 1 + random.nextInt(trial % 20 == 0 ? 20_000 : 300);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = trial % 3 == 0 ? random.nextInt(4) : random.nextGaussian() * 1000;
            }
            double[] sorted = x.clone();
            java.util.Arrays.sort(sorted);
            Summary s = Summary.of(x);
            assertEquals(Summary.quantile(sorted, 0.05), s.p05(), "n " + n);
            assertEquals(Summary.quantile(sorted, 0.5), s.p50(), "n " + n);
            assertEquals(Summary.quantile(sorted, 0.95), s.p95(), "n " + n);
            Summary o = Summary.of(x, true);
            assertEquals(sorted[Summary.observedRank(n, 0.05)], o.p05(), "n " + n);
            assertEquals(sorted[Summary.observedRank(n, 0.5)], o.p50(), "n " + n);
            assertEquals(sorted[Summary.observedRank(n, 0.95)], o.p95(), "n " + n);
        }
    }
}

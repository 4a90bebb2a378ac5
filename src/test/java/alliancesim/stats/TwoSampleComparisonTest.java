package alliancesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class TwoSampleComparisonTest {
    private static final double[] A = {1, 2, 3, 4, 5};
    private static final double[] B = {3, 4, 5, 6, 7, 8};

    @Test
    void meansDifferenceAndEffectSizesByHand() {
        TwoSampleComparison c = TwoSampleComparison.of(A, B);
        assertEquals(3.0, c.meanA(), 1e-12);
        assertEquals(5.5, c.meanB(), 1e-12);
        assertEquals(2.5, c.difference(), 1e-12);
        // var(A) = 2.5, var(B) = 3.5; pooled sd = sqrt((4*2.5 + 5*3.5)/9) = sqrt(27.5/9)
        assertEquals(2.5 / Math.sqrt(27.5 / 9), c.cohensD(), 1e-12);
        // Pairs (a, b): b > a in 25, b < a in 2 (a=4,b=3; a=5,b=3; a=5,b=4 -> 3), ties 3 (3-3, 4-4, 5-5).
        // Count: for a=1: 6 greater; a=2: 6; a=3: 5 greater, 1 tie; a=4: 4 greater, 1 tie, 1 less; a=5: 3 greater, 1 tie, 2 less.
        assertEquals((24.0 - 3.0) / 30.0, c.cliffsDelta(), 1e-12);
    }

    @Test
    void welch90IntervalAndPValueByHand() {
        TwoSampleComparison c = TwoSampleComparison.of(A, B);
        double se2 = 2.5 / 5 + 3.5 / 6;
        double df = se2 * se2 / (Math.pow(2.5 / 5, 2) / 4 + Math.pow(3.5 / 6, 2) / 5);
        double t = 2.5 / Math.sqrt(se2);
        TDistribution dist = new TDistribution(df);
        assertEquals(2 * (1 - dist.cumulativeProbability(t)), c.welchP(), 1e-9);
        double q = dist.inverseCumulativeProbability(0.95);
        assertEquals(2.5 - q * Math.sqrt(se2), c.ciLow(), 1e-9);
        assertEquals(2.5 + q * Math.sqrt(se2), c.ciHigh(), 1e-9);
        assertEquals(8.9, df, 0.1);
    }

    @Test
    void mannWhitneyByTheNormalApproximation() {
        TwoSampleComparison c = TwoSampleComparison.of(A, B);
        // U for A = #(a > b) + ties/2 = 3 + 1.5 = 4.5; U for B = 30 - 4.5 = 25.5; z from the larger U.
        double mean = 30 / 2.0;
        double sd = Math.sqrt(5 * 6 * (5 + 6 + 1) / 12.0);
        double z = (25.5 - mean) / sd;
        assertEquals(2 * new NormalDistribution().cumulativeProbability(-z), c.mannWhitneyP(), 1e-9);
    }

    @Test
    void identicalSamplesShowNoDifference() {
        TwoSampleComparison c = TwoSampleComparison.of(A, A.clone());
        assertEquals(0, c.difference());
        assertEquals(0, c.cliffsDelta());
        assertEquals(0, c.cohensD());
        assertEquals(1.0, c.welchP(), 1e-12);
    }

    @Test
    void noCohensDWhereItMeansNothing() {
        // Samples that do not overlap: d would only say how small the noise is.
        assertEquals(Double.NaN, TwoSampleComparison.of(new double[] {0.430, 0.431, 0.432},
                new double[] {0.100, 0.101, 0.102}).cohensD());
        // A constant output that moved: pooled sd 0.
        assertEquals(Double.NaN, TwoSampleComparison.of(new double[] {5, 5, 5}, new double[] {6, 6, 6}).cohensD());
        assertEquals(-1.0, TwoSampleComparison.of(new double[] {5, 5, 5}, new double[] {4, 4, 4}).cliffsDelta());
    }
}

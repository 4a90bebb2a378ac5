package alliancesim.stats;

import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Two samples paired run for run (the same seeds): the mean paired difference b - a with its
 * interval at {@link Intervals#LEVEL}, the paired t-test and the Wilcoxon signed-rank test
 * p-values (exact up to 20 pairs, the normal approximation beyond). Pairs with a missing value on
 * either side are left out. No effect size: Cohen's d and Cliff's delta compare independent samples.
 */
public record PairedComparison(PairedDifference difference, double pairedTP, double wilcoxonP) {
    /** Commons Math counts all 2^n sign patterns for the exact p: fine up to 20 pairs (a million), slow beyond. */
    private static final int EXACT_PAIRS = 20;

    public static PairedComparison of(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + a.length + " vs " + b.length);
        }
        int kept = 0;
        double[] x = new double[a.length];
        double[] y = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                x[kept] = a[i];
                y[kept] = b[i];
                kept++;
            }
        }
        x = java.util.Arrays.copyOf(x, kept);
        y = java.util.Arrays.copyOf(y, kept);
        PairedDifference d = PairedDifference.of(x, y, Intervals.LEVEL);
        if (kept < 2) {
            return new PairedComparison(d, Double.NaN, Double.NaN);
        }
        boolean allEqual = true;
        boolean constant = true;
        double first = y[0] - x[0];
        for (int i = 0; i < kept; i++) {
            allEqual &= x[i] == y[i];
            constant &= y[i] - x[i] == first;
        }
        if (allEqual) {
            return new PairedComparison(d, 1.0, 1.0);
        }
        double t = constant ? 0.0 : new TTest().pairedTTest(x, y);
        double w = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, kept <= EXACT_PAIRS);
        return new PairedComparison(d, t, w);
    }

    public int n() {
        return difference.n();
    }
}

package alliancesim.stats;

import java.util.Arrays;

/**
 * n, mean, sample standard deviation and the 5th, 50th and 95th percentiles of a sample.
 * Percentiles interpolate linearly between order statistics (Hyndman and Fan type 7, the
 * default of R's quantile() and numpy's percentile), so they can be checked by hand or in R.
 */
public record Summary(int n, double mean, double sd, double p05, double p50, double p95) {

    /** Summarizes the finite values; NaN values are dropped; an empty sample gives NaNs. */
    public static Summary of(double[] values) {
        double[] x = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                x[n++] = v;
            }
        }
        x = n == x.length ? x : Arrays.copyOf(x, n);
        Arrays.sort(x);
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0.0;
        return new Summary(n, mean, sd, quantile(x, 0.05), quantile(x, 0.5), quantile(x, 0.95));
    }

    /** Type-7 quantile of an ascending sample: h = (n - 1) p, interpolate between floor(h) and ceil(h). */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

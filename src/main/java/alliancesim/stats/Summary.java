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
        return of(values, false);
    }

    /**
     * As {@link #of(double[])}; with {@code observed} the percentiles are values of the sample
     * (type 1, the inverse of the empirical distribution function), as counts and rungs need: a
     * 95th percentile of 2.55 crises is not a number of crises.
     */
    public static Summary of(double[] values, boolean observed) {
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
        if (observed) {
            return new Summary(n, mean, sd, x[observedRank(n, 0.05)], x[observedRank(n, 0.5)], x[observedRank(n, 0.95)]);
        }
        return new Summary(n, mean, sd, quantile(x, 0.05), quantile(x, 0.5), quantile(x, 0.95));
    }

    /**
     * The 0-based rank of the type-1 quantile of n sorted values (R's quantile(type = 1)): the
     * smallest value with at least a share p of the sample at or below it.
     */
    public static long observedRank(long n, double p) {
        double np = n * p;
        long j = (long) Math.floor(np + 1e-9);
        return np - j > 1e-9 ? j : Math.max(0, j - 1);
    }

    static int observedRank(int n, double p) {
        return (int) observedRank((long) n, p);
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

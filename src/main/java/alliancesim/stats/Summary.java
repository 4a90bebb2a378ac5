package alliancesim.stats;

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
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        double min = x[0];
        double max = x[0];
        for (int i = 0; i < n; i++) {
            mean += x[i];
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
        }
        mean /= n;
        if (min == max) { // a constant (a tenth of a sweep's cells: month 0, outputs at a bound)
            return new Summary(n, min, 0.0, min, min, min);
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (x[i] - mean) * (x[i] - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0.0;
        // A few order statistics need no full sort: selecting them is linear, and a sweep
        // summarizes 864 cells a design point.
        if (observed) {
            double[] q = OrderStatistics.at(x, n, new int[] {observedRank(n, 0.05), observedRank(n, 0.5),
                observedRank(n, 0.95)});
            return new Summary(n, mean, sd, q[0], q[1], q[2]);
        }
        double[] ps = {0.05, 0.5, 0.95};
        int[] ranks = new int[6];
        for (int i = 0; i < 3; i++) {
            ranks[2 * i] = (int) Math.floor((n - 1) * ps[i]);
            ranks[2 * i + 1] = Math.min(ranks[2 * i] + 1, n - 1);
        }
        double[] q = OrderStatistics.at(x, n, ranks);
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) { // type 7: interpolate between floor(h) and the next order statistic
            double h = (n - 1) * ps[i];
            p[i] = q[2 * i] + (h - ranks[2 * i]) * (q[2 * i + 1] - q[2 * i]);
        }
        return new Summary(n, mean, sd, p[0], p[1], p[2]);
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

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
        return ofReordering(values.clone(), observed);
    }

    /** As {@link #of(double[], boolean)}, but reorders (and may overwrite) the given array instead of copying it. */
    public static Summary ofReordering(double[] x, boolean observed) {
        int n = 0;
        for (double v : x) {
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
            double v = x[i];
            mean += v;
            min = v < min ? v : min; // no NaN here, so no need for Math.min's care (and cost)
            max = v > max ? v : max;
        }
        mean /= n;
        if (min == max) { // a constant: month 0, an output at a bound
            return new Summary(n, min, 0.0, min, min, min);
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (x[i] - mean) * (x[i] - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0.0;
        // The few order statistics wanted, selected rather than sorted for (a sweep summarizes 864 samples a point).
        if (observed) {
            int[] ranks = {observedRank(n, 0.05), observedRank(n, 0.5), observedRank(n, 0.95)};
            OrderStatistics.place(x, n, distinct(ranks));
            return new Summary(n, mean, sd, x[ranks[0]], x[ranks[1]], x[ranks[2]]);
        }
        double[] ps = {0.05, 0.5, 0.95};
        int[] ranks = new int[2 * ps.length];
        for (int i = 0; i < ps.length; i++) {
            ranks[2 * i] = (int) Math.floor((n - 1) * ps[i]);
            ranks[2 * i + 1] = Math.min(ranks[2 * i] + 1, n - 1);
        }
        OrderStatistics.place(x, n, distinct(ranks));
        return new Summary(n, mean, sd, type7(x, n, ps[0]), type7(x, n, ps[1]), type7(x, n, ps[2]));
    }

    /** The ranks ascending, each once (a handful: insertion sort, no streams). */
    private static int[] distinct(int[] ranks) {
        int[] sorted = ranks.clone();
        int n = 0;
        for (int r : sorted) {
            int j = n - 1;
            while (j >= 0 && sorted[j] > r) {
                j--;
            }
            if (j >= 0 && sorted[j] == r) {
                continue;
            }
            System.arraycopy(sorted, j + 1, sorted, j + 2, n - j - 1);
            sorted[j + 1] = r;
            n++;
        }
        return java.util.Arrays.copyOf(sorted, n);
    }

    /** The type-7 quantile once ranks floor(h) and the next hold their order statistics. */
    private static double type7(double[] placed, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return placed[lo] + (h - lo) * (placed[hi] - placed[lo]);
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

package alliancesim.stats;

import java.util.Arrays;

/**
 * Chosen order statistics of a sample without sorting it. Ranks within {@link #EDGE} of either
 * end come from one pass that keeps the smallest (or largest) few values; the others from a
 * quickselect for each (Hoare's FIND), on what is left right of the rank before. A
 * summary's 5th and 95th percentiles are such edge ranks up to a few hundred runs.
 */
final class OrderStatistics {
    /** Ranks this close to an end are kept in a small sorted buffer during one pass. */
    static final int EDGE = 16;

    private OrderStatistics() {
    }

    /** The values of x[0, n) at the given ranks (0 the smallest), as a full sort would give them; x may be reordered. */
    static double[] at(double[] x, int n, int[] ranks) {
        int low = 0;
        int high = 0;
        int middle = 0;
        for (int r : ranks) {
            if (r < EDGE) {
                low = Math.max(low, r + 1);
            } else if (r >= n - EDGE) {
                high = Math.max(high, n - r);
            } else {
                middle++;
            }
        }
        double[] smallest = low > 0 ? extremes(x, n, low, 1) : null;
        double[] largest = high > 0 ? extremes(x, n, high, -1) : null;
        if (middle > 0) {
            int[] inner = new int[middle];
            int i = 0;
            for (int r : ranks) {
                if (r >= EDGE && r < n - EDGE) {
                    inner[i++] = r;
                }
            }
            place(x, n, inner);
        }
        double[] values = new double[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            int r = ranks[i];
            values[i] = r < EDGE ? smallest[r] : r >= n - EDGE ? largest[n - 1 - r] : x[r];
        }
        return values;
    }

    /**
     * The k smallest values of x[0, n) in ascending order (direction 1), or the k largest in
     * descending order (direction -1): a sorted buffer that a value enters only if it beats the
     * buffer's last, which for k much smaller than n is rare. Values are negated for the largest,
     * so one loop of plain comparisons serves both.
     */
    private static double[] extremes(double[] x, int n, int k, int direction) {
        double sign = direction;
        double[] kept = new double[k];
        int size = 0;
        double last = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = sign * x[i];
            if (size == k && v >= last) {
                continue;
            }
            int j = size < k ? size++ : k - 1;
            while (j > 0 && v < kept[j - 1]) {
                kept[j] = kept[j - 1];
                j--;
            }
            kept[j] = v;
            last = kept[size - 1];
        }
        for (int i = 0; i < k; i++) {
            kept[i] *= sign;
        }
        return kept;
    }

    /**
     * Rearranges x[0, n) so that x[r] is the r-th smallest value (from 0) for every r in ranks,
     * as a full sort would leave it; the other places hold the other values in no set order.
     */
    static void place(double[] x, int n, int[] ranks) {
        int[] wanted = ranks.clone();
        Arrays.sort(wanted);
        int from = 0;
        for (int r : wanted) {
            if (r >= from) { // x[from, n) holds the order statistics from..n-1, so the next rank is selected there
                select(x, from, n - 1, r);
                from = r + 1;
            }
        }
    }

    /**
     * Hoare's FIND with a median-of-three pivot (as in Numerical Recipes' select): afterwards x[k]
     * is the k-th smallest of x[lo, hi] (inclusive), with no larger value left of it and no smaller
     * one right of it. A rank at the range's start is its minimum, found in one pass.
     */
    private static void select(double[] x, int lo, int hi, int k) {
        int l = lo;
        int ir = hi;
        while (true) {
            if (k == l) {
                swap(x, l, indexOfMin(x, l, ir));
                return;
            }
            if (ir <= l + 1) {
                if (ir == l + 1 && x[ir] < x[l]) {
                    swap(x, l, ir);
                }
                return;
            }
            swap(x, (l + ir) >>> 1, l + 1);
            if (x[l] > x[ir]) {
                swap(x, l, ir);
            }
            if (x[l + 1] > x[ir]) {
                swap(x, l + 1, ir);
            }
            if (x[l] > x[l + 1]) {
                swap(x, l, l + 1);
            }
            int i = l + 1;
            int j = ir;
            double pivot = x[l + 1];
            while (true) {
                do {
                    i++;
                } while (x[i] < pivot);
                do {
                    j--;
                } while (x[j] > pivot);
                if (j < i) {
                    break;
                }
                swap(x, i, j);
            }
            x[l + 1] = x[j];
            x[j] = pivot;
            if (j >= k) {
                ir = j - 1;
            }
            if (j <= k) {
                l = i;
            }
            if (l > ir) {
                return; // k was the pivot's place
            }
        }
    }

    private static int indexOfMin(double[] x, int from, int to) {
        int best = from;
        for (int i = from + 1; i <= to; i++) {
            if (x[i] < x[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void swap(double[] x, int i, int j) {
        double t = x[i];
        x[i] = x[j];
        x[j] = t;
    }
}

package alliancesim.stats;

/**
 * Chosen order statistics of a sample without sorting it: the middle wanted rank is selected
 * first, then the smaller ranks left of it and the larger right of it. Selection partitions
 * without data-dependent branches (each value is swapped, and the boundary moves by the
 * comparison's 0 or 1), because on samples of model output a sort's time goes mostly to
 * mispredicted branches (docs/performance.md). Ties are parted in a second pass, so samples
 * of few distinct values (counts, rungs) take linear time too.
 */
final class OrderStatistics {
    /** Below this many values insertion sort is quicker than partitioning. */
    private static final int SMALL = 16;

    private OrderStatistics() {
    }

    /**
     * Rearranges x[0, n) so that x[r] is the r-th smallest value (from 0) for every r in
     * {@code ranks} (ascending, distinct), as a full sort would leave it there.
     */
    static void place(double[] x, int n, int[] ranks) {
        place(x, 0, n, ranks, 0, ranks.length);
    }

    private static void place(double[] x, int lo, int hi, int[] ranks, int rFrom, int rTo) {
        if (rFrom >= rTo) {
            return;
        }
        int middle = (rFrom + rTo) >>> 1;
        long settled = select(x, lo, hi, ranks[middle]);
        int from = (int) (settled >>> 32);
        int to = (int) settled;
        // Ranks in [from, to) are in place already (often the neighbour of a type-7 pair).
        int below = middle;
        while (below > rFrom && ranks[below - 1] >= from) {
            below--;
        }
        int above = middle + 1;
        while (above < rTo && ranks[above] < to) {
            above++;
        }
        place(x, lo, from, ranks, rFrom, below);
        place(x, to, hi, ranks, above, rTo);
    }

    /**
     * Afterwards x[k] is the (k - lo)-th smallest of x[lo, hi), nothing larger before it, nothing
     * smaller after it. Returns the range [from, to), packed as from << 32 | to, around k whose
     * values are all in sorted place.
     */
    private static long select(double[] x, int lo, int hi, int k) {
        while (true) {
            if (k == lo) {
                swap(x, lo, extreme(x, lo, hi, true));
                return range(k, k + 1);
            }
            if (k == hi - 1) {
                swap(x, hi - 1, extreme(x, lo, hi, false));
                return range(k, k + 1);
            }
            if (hi - lo <= SMALL) {
                insertionSort(x, lo, hi);
                return range(lo, hi);
            }
            double pivot = medianOfThree(x[lo], x[(lo + hi) >>> 1], x[hi - 1]);
            int less = partition(x, lo, hi, pivot, false); // [lo, less) < pivot
            if (k < less) {
                hi = less;
                continue;
            }
            if (less > lo) {
                lo = less;
                continue;
            }
            // Nothing is below the pivot, the range's smallest: part off its ties, or we would not advance.
            int notMore = partition(x, less, hi, pivot, true); // [less, notMore) == pivot
            if (k < notMore) {
                return range(less, notMore); // all equal to the pivot, and where they belong
            }
            lo = notMore;
        }
    }

    private static long range(int from, int to) {
        return (long) from << 32 | to;
    }

    /**
     * Moves the values of x[lo, hi) below the pivot (or, with {@code orEqual}, not above it) to the
     * front, and returns where the rest start. Branch-free: each value is swapped with the
     * boundary's, and the boundary advances by the comparison's outcome.
     */
    private static int partition(double[] x, int lo, int hi, double pivot, boolean orEqual) {
        int store = lo;
        for (int i = lo; i < hi; i++) {
            double v = x[i];
            x[i] = x[store];
            x[store] = v;
            store += (orEqual ? v <= pivot : v < pivot) ? 1 : 0;
        }
        return store;
    }

    /** The index of the smallest (or largest) value of x[lo, hi). */
    private static int extreme(double[] x, int lo, int hi, boolean smallest) {
        int best = lo;
        for (int i = lo + 1; i < hi; i++) {
            best = (smallest ? x[i] < x[best] : x[i] > x[best]) ? i : best;
        }
        return best;
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void insertionSort(double[] x, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double v = x[i];
            int j = i - 1;
            while (j >= lo && x[j] > v) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }

    private static void swap(double[] x, int i, int j) {
        double t = x[i];
        x[i] = x[j];
        x[j] = t;
    }
}

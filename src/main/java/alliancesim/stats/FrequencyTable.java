package alliancesim.stats;

import java.util.Arrays;

/**
 * Counts of a few distinct values (counts of crises, rungs of a ladder), from which type-7
 * quantiles are exact in constant memory. It holds at most {@code capacity} distinct values;
 * {@link #add} says false once a value would exceed that, and the table is then of no further use.
 */
public final class FrequencyTable {
    private final double[] values;
    private final long[] counts;
    private int distinct;
    private long n;

    public FrequencyTable(int capacity) {
        this.values = new double[capacity];
        this.counts = new long[capacity];
    }

    /** Counts x; false when x is a new value and the table is full. */
    public boolean add(double x) {
        int i = Arrays.binarySearch(values, 0, distinct, x);
        if (i < 0) {
            if (distinct == values.length) {
                return false;
            }
            i = -i - 1;
            System.arraycopy(values, i, values, i + 1, distinct - i);
            System.arraycopy(counts, i, counts, i + 1, distinct - i);
            values[i] = x;
            counts[i] = 0;
            distinct++;
        }
        counts[i]++;
        n++;
        return true;
    }

    /** The type-7 quantile, as {@link Summary#quantile} gives on the sorted values. */
    public double quantile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        long lo = (long) Math.floor(h);
        double low = orderStatistic(lo);
        double high = orderStatistic(Math.min(lo + 1, n - 1));
        return low + (h - lo) * (high - low);
    }

    /** The type-1 quantile (an observed value), as {@link Summary#of(double[], boolean)} gives. */
    public double observedQuantile(double p) {
        return n == 0 ? Double.NaN : orderStatistic(Summary.observedRank(n, p));
    }

    /** The k-th smallest value, counting from 0. */
    private double orderStatistic(long k) {
        long below = 0;
        for (int i = 0; i < distinct; i++) {
            below += counts[i];
            if (k < below) {
                return values[i];
            }
        }
        throw new IllegalStateException("order statistic " + k + " of " + n);
    }
}

package alliancesim.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.PSquarePercentile;

/**
 * A {@link Summary} of values that arrive one at a time, in bounded memory. Up to
 * {@code exactLimit} values it keeps them all and its summary is exactly {@link Summary#of}.
 * Past that it keeps {@link RunningMoments} and a P² estimator (Jain and Chlamtac 1985, Commons
 * Math's {@link PSquarePercentile}) for each of the 5th, 50th and 95th percentiles, fed every value in arrival order, so the result depends on
 * the values and their order only. While the values take at most {@link #FEW_DISTINCT} distinct
 * values (counts, rungs) a {@link FrequencyTable} keeps their quantiles exact as well. NaN values
 * are dropped, as in {@link Summary#of}.
 */
public final class StreamingSummary {
    public static final int FEW_DISTINCT = 64;

    private final int exactLimit;
    private final boolean observed;
    private double[] kept = new double[8];
    private int n;
    private final RunningMoments moments = new RunningMoments();
    private PSquarePercentile[] quantiles;
    private FrequencyTable table;

    public StreamingSummary(int exactLimit) {
        this(exactLimit, false);
    }

    /**
     * With {@code observed} (for outputs that take whole values: counts, rungs) the quantiles are
     * type 1, values of the sample; past the exact limit with many distinct values, P² estimates
     * rounded to the nearest whole value.
     */
    public StreamingSummary(int exactLimit, boolean observed) {
        if (exactLimit < 5) {
            throw new IllegalArgumentException("exactLimit must be at least 5, got " + exactLimit);
        }
        this.exactLimit = exactLimit;
        this.observed = observed;
    }

    public void add(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        if (quantiles == null && n < exactLimit) {
            if (n == kept.length) {
                kept = Arrays.copyOf(kept, Math.min(exactLimit, 2 * kept.length));
            }
            kept[n++] = x;
            return;
        }
        if (quantiles == null) {
            quantiles = new PSquarePercentile[] {new PSquarePercentile(5), new PSquarePercentile(50),
                new PSquarePercentile(95)};
            table = new FrequencyTable(FEW_DISTINCT);
            double[] earlier = Arrays.copyOf(kept, n);
            kept = null;
            n = 0;
            for (double v : earlier) {
                stream(v);
            }
        }
        stream(x);
    }

    private void stream(double x) {
        moments.add(x);
        for (PSquarePercentile q : quantiles) {
            q.increment(x);
        }
        if (table != null && !table.add(x)) {
            table = null;
        }
    }

    /** True once the quantiles are P² estimates rather than exact. */
    public boolean estimated() {
        return quantiles != null && table == null;
    }

    public Summary summary() {
        if (quantiles == null) {
            return Summary.of(Arrays.copyOf(kept, n), observed);
        }
        int n = (int) moments.n();
        double mean = moments.mean();
        double sd = Math.sqrt(moments.variance());
        if (table != null && observed) {
            return new Summary(n, mean, sd, table.observedQuantile(0.05), table.observedQuantile(0.5),
                    table.observedQuantile(0.95));
        }
        if (observed) {
            return new Summary(n, mean, sd, Math.rint(quantiles[0].getResult()), Math.rint(quantiles[1].getResult()),
                    Math.rint(quantiles[2].getResult()));
        }
        if (table != null) {
            return new Summary(n, mean, sd, table.quantile(0.05), table.quantile(0.5), table.quantile(0.95));
        }
        return new Summary(n, mean, sd, quantiles[0].getResult(), quantiles[1].getResult(), quantiles[2].getResult());
    }
}

package alliancesim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired difference after - before over runs that share their seeds (common random numbers):
 * its mean and a t confidence interval. Pairing removes the noise both runs share, so the
 * interval measures the lever, not chance.
 */
public record PairedDifference(int n, double meanBefore, double meanAfter, double meanDifference, double low,
                               double high) {

    public static PairedDifference of(double[] before, double[] after, double level) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + before.length + " vs " + after.length);
        }
        int n = before.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = after[i] - before[i];
        }
        double mb = mean(before);
        double ma = mean(after);
        double md = mean(d);
        if (n < 2) {
            return new PairedDifference(n, mb, ma, md, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double v : d) {
            ss += (v - md) * (v - md);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + level / 2);
        return new PairedDifference(n, mb, ma, md, md - t * se, md + t * se);
    }

    /**
     * The one sentence of a difference, whatif's, compare's and the browser page's alike: "OUTPUT WHEN:
     * before → after (+difference, 90 % CI low to high) unit", then {@link Intervals#WITHIN_NOISE} when
     * the interval includes 0.
     */
    public static String sentence(String output, String when, double before, double after, double difference,
                                  double low, double high, String unit) {
        return String.format(java.util.Locale.ROOT, "%s %s: %s → %s (%s%s, %s CI %s to %s) %s%s", output, when,
                NumberText.printed(before), NumberText.printed(after), difference > 0 ? "+" : "",
                NumberText.printed(difference), Intervals.LABEL, NumberText.printed(low), NumberText.printed(high), unit,
                Intervals.clear(low, high) ? "" : "  " + Intervals.WITHIN_NOISE);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }
}

package alliancesim.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Two independent samples (final values of two result folders) compared: the difference of
 * means with a Welch interval at {@link Intervals#LEVEL}, Welch's t-test and the Mann-Whitney U
 * test p-values, and two effect sizes (Cohen's d with the pooled sd, Cliff's delta). Cohen's d is
 * NaN where it means nothing: a pooled sd of about 0 relative to the means, or samples that do not
 * overlap at all (then d measures only how small the noise is: -287 for a near-constant output).
 */
public record TwoSampleComparison(int nA, int nB, double meanA, double meanB, double difference, double ciLow,
                                  double ciHigh, double welchP, double mannWhitneyP, double cohensD,
                                  double cliffsDelta) {

    /** difference = mean(b) - mean(a). */
    public static TwoSampleComparison of(double[] a, double[] b) {
        int n = a.length;
        int m = b.length;
        double ma = mean(a);
        double mb = mean(b);
        double va = variance(a, ma);
        double vb = variance(b, mb);
        double diff = mb - ma;
        double low = Double.NaN;
        double high = Double.NaN;
        double welchP = Double.NaN;
        double mwP = Double.NaN;
        if (n >= 2 && m >= 2) {
            double se2 = va / n + vb / m;
            if (se2 > 0) {
                double df = se2 * se2 / ((va / n) * (va / n) / (n - 1) + (vb / m) * (vb / m) / (m - 1));
                double t = new TDistribution(df).inverseCumulativeProbability(0.5 + Intervals.LEVEL / 2);
                low = diff - t * Math.sqrt(se2);
                high = diff + t * Math.sqrt(se2);
                welchP = new TTest().tTest(a, b);
            } else {
                low = diff;
                high = diff;
                welchP = diff == 0 ? 1.0 : 0.0;
            }
            mwP = new MannWhitneyUTest().mannWhitneyUTest(a, b);
        }
        double pooled = n + m > 2 ? Math.sqrt(((n - 1) * va + (m - 1) * vb) / (n + m - 2)) : Double.NaN;
        double cliff = cliffsDelta(a, b);
        double scale = Math.max(Math.abs(ma), Math.abs(mb));
        boolean noSpread = !(pooled > 1e-9 * Math.max(scale, Double.MIN_NORMAL));
        double d = diff == 0 && noSpread ? 0.0 : noSpread || Math.abs(cliff) == 1 ? Double.NaN : diff / pooled;
        return new TwoSampleComparison(n, m, ma, mb, diff, low, high, welchP, mwP, d, cliff);
    }

    /** (#(b > a) - #(b < a)) / (n m) over all pairs: positive when b tends to be larger. */
    public static double cliffsDelta(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return Double.NaN;
        }
        long more = 0;
        long less = 0;
        for (double x : a) {
            for (double y : b) {
                if (y > x) {
                    more++;
                } else if (y < x) {
                    less++;
                }
            }
        }
        return (double) (more - less) / ((long) a.length * b.length);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    static double variance(double[] x, double mean) {
        if (x.length < 2) {
            return 0;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}

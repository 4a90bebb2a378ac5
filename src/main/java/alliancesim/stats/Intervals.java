package alliancesim.stats;

/**
 * The one confidence level of every interval of a difference that whatif, compare and the reports
 * print (90 %), and the one rule for calling a difference clear of noise: its interval excludes 0.
 */
public final class Intervals {
    /** Two-sided level of the intervals of differences. */
    public static final double LEVEL = 0.90;

    /** "90 %", as headers say it. */
    public static final String LABEL = "90 %";

    /** What a row whose interval includes 0 is marked with, in every tool. */
    public static final String WITHIN_NOISE = "[within noise]";

    private Intervals() {
    }

    /** Whether an interval excludes zero: a difference the seeds cannot explain. */
    public static boolean clear(double low, double high) {
        return low > 0 || high < 0;
    }

    /** Half the width of the {@link #LEVEL} t interval of a mean of n values with this variance; NaN for n < 2. */
    public static double halfWidth(long n, double variance) {
        if (n < 2 || !Double.isFinite(variance)) {
            return Double.NaN;
        }
        return tQuantile(n - 1) * Math.sqrt(variance / n);
    }

    /**
     * Whether two independent means differ beyond noise: Welch's {@link #LEVEL} interval of their
     * difference (Welch-Satterthwaite degrees of freedom) excludes 0. False when either has n < 2.
     */
    public static boolean apart(long n1, double mean1, double var1, long n2, double mean2, double var2) {
        if (n1 < 2 || n2 < 2 || !Double.isFinite(var1) || !Double.isFinite(var2)) {
            return false;
        }
        double a = var1 / n1;
        double b = var2 / n2;
        double se = Math.sqrt(a + b);
        if (se == 0) {
            return mean1 != mean2;
        }
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        double h = tQuantile(df) * se;
        return clear(mean2 - mean1 - h, mean2 - mean1 + h);
    }

    private static double tQuantile(double df) {
        return new org.apache.commons.math3.distribution.TDistribution(df).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }
}

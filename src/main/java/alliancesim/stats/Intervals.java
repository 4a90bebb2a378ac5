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
}

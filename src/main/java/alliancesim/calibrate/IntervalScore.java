package alliancesim.calibrate;

/**
 * The interval score of a central (1 - alpha) prediction interval [l, u] for an observed x
 * (Gneiting and Raftery 2007, J. Am. Stat. Assoc. 102:359, eq. 43):
 * IS = (u - l) + (2 / alpha)(l - x) 1{x < l} + (2 / alpha)(x - u) 1{x > u}.
 * Lower is better: the width, plus a penalty for a figure outside that grows with the miss.
 */
public final class IntervalScore {
    /** The central 90 % interval: p05..p95. */
    public static final double ALPHA_90 = 0.1;

    private IntervalScore() {
    }

    public static double of(double low, double high, double x, double alpha) {
        if (!(alpha > 0 && alpha < 1) || !(low <= high)) {
            throw new IllegalArgumentException("an interval score needs 0 < alpha < 1 and low <= high, got alpha " + alpha
                    + ", [" + low + ", " + high + "]");
        }
        double below = x < low ? (2 / alpha) * (low - x) : 0;
        double above = x > high ? (2 / alpha) * (x - high) : 0;
        return (high - low) + below + above;
    }
}

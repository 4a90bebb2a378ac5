package alliancesim.stats;

/**
 * Count, mean and variance of values that arrive one at a time, exact in one pass and in constant
 * memory (Welford 1962): each value moves the mean by its distance over the count and adds its
 * squared distance to the sum of squares.
 */
public final class RunningMoments {
    private long n;
    private double mean;
    private double squares;

    public void add(double x) {
        n++;
        double delta = x - mean;
        mean += delta / n;
        squares += delta * (x - mean);
    }

    public long n() {
        return n;
    }

    /** The mean, NaN before any value. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** The sample variance (divided by n - 1), NaN below two values. */
    public double variance() {
        return n > 1 ? squares / (n - 1) : Double.NaN;
    }
}

package alliancesim.analysis;

import alliancesim.stats.Intervals;
import java.util.List;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * Whether a sweep's factors move an output beyond replicate noise: the one-way analysis of
 * variance of its values across design points (the spread of the points' means against the
 * spread of the replicates within a point). {@code moved} when the F test's p-value is below
 * 1 - {@link Intervals#LEVEL}, the level of every other interval of the reports. F and p are NaN
 * without replicates (one run a point says nothing about noise) or without two points.
 */
public record BetweenPoints(double f, double p, long dfBetween, long dfWithin) {
    public static BetweenPoints of(List<PointStats> points) {
        long n = 0;
        double sum = 0;
        int counted = 0;
        double within = 0;
        long withinDf = 0;
        for (PointStats s : points) {
            if (s.n() > 0 && Double.isFinite(s.mean())) {
                n += s.n();
                sum += s.n() * s.mean();
                counted++;
                if (s.n() > 1) {
                    within += (s.n() - 1) * s.variance();
                    withinDf += s.n() - 1;
                }
            }
        }
        if (counted < 2 || withinDf == 0) {
            return new BetweenPoints(Double.NaN, Double.NaN, Math.max(0, counted - 1), withinDf);
        }
        double grand = sum / n;
        double between = 0;
        for (PointStats s : points) {
            if (s.n() > 0 && Double.isFinite(s.mean())) {
                between += s.n() * (s.mean() - grand) * (s.mean() - grand);
            }
        }
        long dfBetween = counted - 1L;
        double meanWithin = within / withinDf;
        double meanBetween = between / dfBetween;
        if (meanWithin == 0) {
            // No noise at all: any difference between the points is the factors'.
            return new BetweenPoints(meanBetween == 0 ? 0 : Double.POSITIVE_INFINITY, meanBetween == 0 ? 1 : 0,
                    dfBetween, withinDf);
        }
        double f = meanBetween / meanWithin;
        double p = 1 - new FDistribution(null, dfBetween, withinDf).cumulativeProbability(f);
        return new BetweenPoints(f, p, dfBetween, withinDf);
    }

    /** Whether the test could be made: replicates at some point and two points or more. */
    public boolean known() {
        return !Double.isNaN(p);
    }

    /** Whether the points differ beyond noise at the reports' level. */
    public boolean moved() {
        return known() && p < 1 - Intervals.LEVEL;
    }
}

package alliancesim.analysis;

import java.util.List;

/**
 * How much of an output's variation is replicate noise rather than the factors. {@code ofRuns} is
 * the pooled within-point (replicate) variance over the variance of all runs together;
 * {@code ofMeans} is the noise left in the replicate means the indices are computed on (the pooled
 * variance over the mean number of replicates) over the variance of those means. NaN without
 * replicates (a single run a point says nothing about noise).
 */
public record NoiseShare(double ofRuns, double ofMeans, double replicates) {
    public static NoiseShare of(List<PointStats> points) {
        double within = 0;
        long withinDf = 0;
        long n = 0;
        double sum = 0;
        for (PointStats p : points) {
            if (p.n() > 1) {
                within += (p.n() - 1) * p.variance();
                withinDf += p.n() - 1;
            }
            n += p.n();
            sum += p.n() * p.mean();
        }
        if (withinDf == 0 || n < 2) {
            return new NoiseShare(Double.NaN, Double.NaN, points.isEmpty() ? 0 : (double) n / points.size());
        }
        double grand = sum / n;
        double between = 0;
        double meanSum = 0;
        int counted = 0;
        for (PointStats p : points) {
            if (p.n() > 0) {
                between += p.n() * (p.mean() - grand) * (p.mean() - grand);
                meanSum += p.mean();
                counted++;
            }
        }
        double total = (within + between) / (n - 1);
        double pooled = within / withinDf;
        double meanOfMeans = meanSum / counted;
        double meansVariance = 0;
        for (PointStats p : points) {
            if (p.n() > 0) {
                meansVariance += (p.mean() - meanOfMeans) * (p.mean() - meanOfMeans);
            }
        }
        meansVariance /= Math.max(1, counted - 1);
        double replicates = (double) n / counted;
        return new NoiseShare(total == 0 ? 0 : Math.min(1, pooled / total),
                meansVariance == 0 ? 0 : Math.min(1, pooled / replicates / meansVariance), replicates);
    }
}

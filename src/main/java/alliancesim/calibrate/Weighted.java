package alliancesim.calibrate;

import java.util.Arrays;
import java.util.Comparator;

/** Weighted mean, sd and quantiles of a particle population (weights sum to 1). */
public final class Weighted {
    private Weighted() {
    }

    public static double mean(double[] x, double[] w) {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m += w[i] * x[i];
        }
        return m;
    }

    /** The weighted population sd, sqrt(sum w (x - mean)^2). */
    public static double sd(double[] x, double[] w) {
        double m = mean(x, w);
        double v = 0;
        for (int i = 0; i < x.length; i++) {
            v += w[i] * (x[i] - m) * (x[i] - m);
        }
        return Math.sqrt(v);
    }

    /** The smallest x whose cumulative weight reaches p (the inverse of the weighted empirical CDF). */
    public static double quantile(double[] x, double[] w, double p) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double c = 0;
        for (Integer i : order) {
            c += w[i];
            if (c >= p - 1e-12) {
                return x[i];
            }
        }
        return x[order[order.length - 1]];
    }
}

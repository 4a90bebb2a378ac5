package alliancesim.stats;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * First-order (S1) and total (ST) Sobol indices from a Saltelli design (Saltelli et al. 2010,
 * Computer Physics Communications 181): S1_i = mean(fB (fAB_i - fA)) / V and Jansen's
 * ST_i = mean((fA - fAB_i)^2) / (2 V), V the variance of fA and fB together; 95 % intervals
 * from a bootstrap over the N base rows.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /** One factor's indices with their bootstrap intervals. */
    public record Index(double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {
    }

    /** fAB[i][row] is the model at A with column i from B. */
    public static Index[] estimate(double[] fA, double[] fB, double[][] fAB, int bootstrap, long seed) {
        int n = fA.length;
        int k = fAB.length;
        int[] all = new int[n];
        for (int r = 0; r < n; r++) {
            all[r] = r;
        }
        double[][] point = indices(fA, fB, fAB, all);
        double[][][] boot = new double[k][2][bootstrap];
        MersenneTwister random = new MersenneTwister(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int r = 0; r < n; r++) {
                rows[r] = random.nextInt(n);
            }
            double[][] est = indices(fA, fB, fAB, rows);
            for (int i = 0; i < k; i++) {
                boot[i][0][b] = est[i][0];
                boot[i][1][b] = est[i][1];
            }
        }
        Index[] out = new Index[k];
        for (int i = 0; i < k; i++) {
            double[] s1 = sorted(boot[i][0]);
            double[] st = sorted(boot[i][1]);
            out[i] = new Index(point[i][0], Summary.quantile(s1, 0.025), Summary.quantile(s1, 0.975),
                    point[i][1], Summary.quantile(st, 0.025), Summary.quantile(st, 0.975));
        }
        return out;
    }

    private static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int n = rows.length;
        double sum = 0;
        double sumSq = 0;
        for (int r : rows) {
            sum += fA[r] + fB[r];
            sumSq += fA[r] * fA[r] + fB[r] * fB[r];
        }
        double mean = sum / (2.0 * n);
        double variance = sumSq / (2.0 * n) - mean * mean;
        double[][] out = new double[fAB.length][2];
        for (int i = 0; i < fAB.length; i++) {
            double first = 0;
            double total = 0;
            for (int r : rows) {
                first += fB[r] * (fAB[i][r] - fA[r]);
                double d = fA[r] - fAB[i][r];
                total += d * d;
            }
            out[i][0] = variance == 0 ? 0 : first / n / variance;
            out[i][1] = variance == 0 ? 0 : total / (2.0 * n) / variance;
        }
        return out;
    }

    private static double[] sorted(double[] x) {
        double[] c = x.clone();
        java.util.Arrays.sort(c);
        return c;
    }
}

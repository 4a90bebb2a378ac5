package alliancesim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Sensitivity indices from a sweep's saved points, decoded from the order the design wrote them in:
 * each point's factor values {@code x[point][factor]} and its mean final value {@code y[point]}.
 */
public final class DesignIndices {
    private DesignIndices() {
    }

    /** A Saltelli design's model values: rows of A, of B and of each AB_i (A with column i from B). */
    public record Saltelli(double[] fA, double[] fB, double[][] fAB) {
        public int baseSamples() {
            return fA.length;
        }
    }

    /** The points per base sample of a Saltelli design with k factors: A, B and the k AB_i. */
    public static int saltelliBlock(int k) {
        return k + 2;
    }

    /** The points per trajectory of a Morris design with k factors. */
    public static int morrisBlock(int k) {
        return k + 1;
    }

    /**
     * Splits a Saltelli design's values into A, B and AB_i: the design writes, for each base row r,
     * A_r, B_r, AB_r,1 .. AB_r,k as consecutive points. Points past the last whole block are left out.
     */
    public static Saltelli saltelli(double[] y, int k) {
        int block = saltelliBlock(k);
        int n = y.length / block;
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int r = 0; r < n; r++) {
            fA[r] = y[r * block];
            fB[r] = y[r * block + 1];
            for (int i = 0; i < k; i++) {
                fAB[i][r] = y[r * block + 2 + i];
            }
        }
        return new Saltelli(fA, fB, fAB);
    }

    /** S1 and ST of every factor at every subsample size, with bootstrap intervals ({@link SensitivityDiagnostics#sobol}). */
    public static List<IndexEstimate> sobol(List<String> factors, double[] y, int bootstrap, long seed) {
        Saltelli s = saltelli(y, factors.size());
        return SensitivityDiagnostics.sobol(factors, s.fA(), s.fB(), s.fAB(), bootstrap, seed);
    }

    /**
     * Elementary effects {@code [trajectory][factor][]}: consecutive points of a Morris trajectory differ
     * in one factor, and that factor's effect is the change of the output per unit of its range
     * ({@code ranges[j]}), so no design object is needed to decode them.
     */
    public static double[][][] morrisEffects(double[][] x, double[] y, double[] ranges) {
        int k = ranges.length;
        int block = morrisBlock(k);
        int trajectories = y.length / block;
        double[][][] effects = new double[trajectories][k][];
        for (int tr = 0; tr < trajectories; tr++) {
            List<List<Double>> perFactor = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                perFactor.add(new ArrayList<>());
            }
            for (int s = 0; s < k; s++) {
                int before = tr * block + s;
                for (int j = 0; j < k; j++) {
                    double dx = x[before + 1][j] - x[before][j];
                    if (dx != 0) {
                        perFactor.get(j).add((y[before + 1] - y[before]) / (dx / ranges[j]));
                    }
                }
            }
            for (int j = 0; j < k; j++) {
                effects[tr][j] = perFactor.get(j).stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        return effects;
    }

    /** mu*, mu and sigma of every factor at every subsample size ({@link SensitivityDiagnostics#morris}). */
    public static List<IndexEstimate> morris(List<String> factors, double[][] x, double[] y, double[] ranges, int bootstrap,
                                             long seed) {
        return SensitivityDiagnostics.morris(factors, morrisEffects(x, y, ranges), bootstrap, seed);
    }
}

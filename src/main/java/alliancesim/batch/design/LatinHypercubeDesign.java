package alliancesim.batch.design;

import alliancesim.scenario.SweepSpec;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * Latin hypercube: each factor's range is cut into `samples` equal strata and every stratum of
 * every factor is used exactly once, at a uniform position inside it.
 */
public final class LatinHypercubeDesign implements Design {
    private final int samples;

    public LatinHypercubeDesign(int samples) {
        this.samples = samples;
    }

    @Override
    public List<double[]> points(List<SweepSpec.Factor> factors, long seed) {
        MersenneTwisterFast random = DesignRandom.of(seed);
        double[][] unit = new double[samples][factors.size()];
        for (int j = 0; j < factors.size(); j++) {
            int[] strata = permutation(samples, random);
            for (int i = 0; i < samples; i++) {
                unit[i][j] = (strata[i] + random.nextDouble()) / samples;
            }
        }
        List<double[]> points = new ArrayList<>(samples);
        for (double[] u : unit) {
            double[] p = new double[u.length];
            for (int j = 0; j < p.length; j++) {
                p[j] = Design.scale(factors.get(j), u[j]);
            }
            points.add(p);
        }
        return points;
    }

    /** Fisher-Yates shuffle of 0..n-1. */
    static int[] permutation(int n, MersenneTwisterFast random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[k];
            a[k] = t;
        }
        return a;
    }
}

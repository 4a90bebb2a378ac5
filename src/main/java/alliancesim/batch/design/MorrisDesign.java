package alliancesim.batch.design;

import alliancesim.scenario.SweepSpec;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * Morris elementary effects (Morris 1991): r trajectories on a p-level grid of the unit cube, each
 * starting at a random base point and moving one factor at a time, in random order, by
 * delta = p / (2 (p - 1)): k + 1 points per trajectory.
 */
public final class MorrisDesign implements Design {
    private final int trajectories;
    private final int levels;

    public MorrisDesign(int trajectories, int levels) {
        this.trajectories = trajectories;
        this.levels = levels;
    }

    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** The order in which factors move in each trajectory, as drawn by {@link #points}. */
    public List<int[]> orders(int k, long seed) {
        List<int[]> orders = new ArrayList<>();
        MersenneTwisterFast random = DesignRandom.of(seed);
        for (int t = 0; t < trajectories; t++) {
            for (int j = 0; j < k; j++) {
                random.nextInt(levels / 2);
            }
            orders.add(LatinHypercubeDesign.permutation(k, random));
        }
        return orders;
    }

    @Override
    public List<double[]> points(List<SweepSpec.Factor> factors, long seed) {
        int k = factors.size();
        double delta = delta();
        MersenneTwisterFast random = DesignRandom.of(seed);
        List<double[]> points = new ArrayList<>(trajectories * (k + 1));
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int j = 0; j < k; j++) {
                // base levels 0 .. p/2 - 1, so that x + delta stays within [0, 1]
                x[j] = random.nextInt(levels / 2) / (double) (levels - 1);
            }
            int[] order = LatinHypercubeDesign.permutation(k, random);
            points.add(scaled(factors, x));
            for (int j : order) {
                x[j] += delta;
                points.add(scaled(factors, x));
            }
        }
        return points;
    }

    private static double[] scaled(List<SweepSpec.Factor> factors, double[] unit) {
        double[] p = new double[unit.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = Design.scale(factors.get(j), unit[j]);
        }
        return p;
    }
}

package alliancesim.batch.design;

import alliancesim.scenario.SweepSpec;
import java.util.ArrayList;
import java.util.List;

/** Full factorial: every combination of the factors' values, the first factor varying slowest. */
public final class GridDesign implements Design {
    @Override
    public List<double[]> points(List<SweepSpec.Factor> factors, long seed) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[0]);
        for (SweepSpec.Factor f : factors) {
            List<double[]> next = new ArrayList<>();
            for (double[] p : points) {
                for (double v : f.gridValues()) {
                    double[] q = java.util.Arrays.copyOf(p, p.length + 1);
                    q[p.length] = v;
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }
}

package alliancesim.batch.design;

import alliancesim.scenario.SweepSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli sampling for Sobol indices (Saltelli et al. 2010): N base rows from a 2k-dimensional
 * Sobol sequence give matrices A and B; the design is, for each row, A, B and the k matrices
 * AB_i (A with column i taken from B): N (k + 2) points, in that order.
 */
public final class SaltelliDesign implements Design {
    private final int base;

    public SaltelliDesign(int base) {
        this.base = base;
    }

    @Override
    public List<double[]> points(List<SweepSpec.Factor> factors, long seed) {
        int k = factors.size();
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1); // the first point of the sequence is all zeros
        List<double[]> points = new ArrayList<>(base * (k + 2));
        for (int row = 0; row < base; row++) {
            double[] u = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            for (int j = 0; j < k; j++) {
                a[j] = Design.scale(factors.get(j), u[j]);
                b[j] = Design.scale(factors.get(j), u[k + j]);
            }
            points.add(a);
            points.add(b);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points.add(ab);
            }
        }
        return points;
    }
}

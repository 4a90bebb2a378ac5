package alliancesim.analysis;

import java.util.List;

/**
 * What PRIM works on: each run's factor values ({@code x[run][factor]}) and whether the run is
 * a case of interest.
 */
public record PrimData(List<String> factors, double[][] x, boolean[] interesting) {
    public PrimData {
        factors = List.copyOf(factors);
        if (x.length != interesting.length) {
            throw new IllegalArgumentException(x.length + " rows of factor values but " + interesting.length + " outcomes");
        }
        for (double[] row : x) {
            if (row.length != factors.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " factor values, expected " + factors.size());
            }
        }
    }

    public int runs() {
        return x.length;
    }

    public int hits() {
        int h = 0;
        for (boolean b : interesting) {
            h += b ? 1 : 0;
        }
        return h;
    }

    /** The smallest value of factor j over all runs: a box whose lower bound is here does not restrict it. */
    public double min(int j) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] row : x) {
            m = Math.min(m, row[j]);
        }
        return m;
    }

    public double max(int j) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] row : x) {
            m = Math.max(m, row[j]);
        }
        return m;
    }
}

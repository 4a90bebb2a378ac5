package alliancesim.analysis;

/**
 * One box of a PRIM trajectory: inclusive bounds per factor, how many runs it holds and how many
 * of them are cases of interest. Coverage is the share of all cases of interest inside the box,
 * density the share of the box's runs that are cases of interest, mass the share of all runs inside.
 */
public record PrimBox(int step, String phase, double[] low, double[] high, boolean[] restricted, int runs, int hits,
                      int totalRuns, int totalHits) {
    public double coverage() {
        return totalHits == 0 ? 0 : (double) hits / totalHits;
    }

    public double density() {
        return runs == 0 ? 0 : (double) hits / runs;
    }

    public double mass() {
        return totalRuns == 0 ? 0 : (double) runs / totalRuns;
    }

    public int restrictedCount() {
        int n = 0;
        for (boolean r : restricted) {
            n += r ? 1 : 0;
        }
        return n;
    }

    public boolean contains(double[] row) {
        for (int j = 0; j < low.length; j++) {
            if (row[j] < low[j] || row[j] > high[j]) {
                return false;
            }
        }
        return true;
    }
}

package alliancesim.analysis;

import alliancesim.files.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.special.Beta;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, Statistics and Computing 9:123-143):
 * starting from the box holding every run, peel repeatedly the slice of one factor (a share
 * {@code alpha} of the box's runs at its low or high end) whose removal leaves the densest box,
 * until the box holds less than {@code minMass} of the runs; then paste back, from the last box,
 * slices that raise its density. Every box on the way is kept: the trajectory is the trade-off
 * between coverage and density that the user chooses from.
 *
 * <p>Runs are peeled by value, never splitting runs with equal values (replicates of a design
 * point, or the levels of a grid), so a peel removes at least one run and ties leave together.
 */
public final class Prim {
    /** Friedman and Fisher recommend a small peel fraction, 0.05 to 0.10. */
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_MIN_MASS = 0.05;

    private final PrimData data;
    private final double alpha;
    private final double minMass;
    private final int[][] order;
    private final double[] dataMin;
    private final double[] dataMax;

    public Prim(PrimData data, double alpha, double minMass) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new InvalidInputException("--alpha (the peel fraction) must be in (0, 0.5), got " + alpha);
        }
        if (!(minMass > 0 && minMass < 1)) {
            throw new InvalidInputException("--min-mass must be in (0, 1), got " + minMass);
        }
        if (data.runs() == 0) {
            throw new InvalidInputException("no successful runs to search");
        }
        this.data = data;
        this.alpha = alpha;
        this.minMass = minMass;
        int k = data.factors().size();
        this.order = new int[k][];
        this.dataMin = new double[k];
        this.dataMax = new double[k];
        for (int j = 0; j < k; j++) {
            int f = j;
            order[j] = java.util.stream.IntStream.range(0, data.runs()).boxed()
                    .sorted(Comparator.comparingDouble((Integer r) -> data.x()[r][f]).thenComparingInt(r -> r))
                    .mapToInt(Integer::intValue).toArray();
            dataMin[j] = data.min(j);
            dataMax[j] = data.max(j);
        }
    }

    /** The peeling trajectory followed by the pasting steps; box 0 holds every run. */
    public List<PrimBox> trajectory() {
        List<PrimBox> boxes = new ArrayList<>();
        double[] low = dataMin.clone();
        double[] high = dataMax.clone();
        boxes.add(box(0, "start", low, high));
        while (true) {
            Candidate best = bestPeel(low, high);
            if (best == null) {
                break;
            }
            low = best.low;
            high = best.high;
            boxes.add(box(boxes.size(), "peel", low, high));
        }
        while (true) {
            Candidate best = bestPaste(low, high, boxes.get(boxes.size() - 1));
            if (best == null) {
                break;
            }
            low = best.low;
            high = best.high;
            boxes.add(box(boxes.size(), "paste", low, high));
        }
        return boxes;
    }

    private record Candidate(double[] low, double[] high, int runs, int hits) {
        double density() {
            return (double) hits / runs;
        }

        /** Denser first; at equal density the bigger box (the smaller peel, the larger paste). */
        boolean betterThan(Candidate other) {
            if (other == null) {
                return true;
            }
            long a = (long) hits * other.runs;
            long b = (long) other.hits * runs;
            return a != b ? a > b : runs > other.runs;
        }
    }

    private Candidate bestPeel(double[] low, double[] high) {
        int boxRuns = count(low, high, false);
        int minRuns = (int) Math.ceil(minMass * data.runs());
        Candidate best = null;
        for (int j = 0; j < low.length; j++) {
            double[] v = valuesInBox(j, low, high);
            int m = v.length;
            int r = Math.max(1, (int) Math.floor(alpha * m));
            if (m < 2 || v[0] == v[m - 1]) {
                continue;
            }
            double newLow = v[r] > v[0] ? v[r] : nextAbove(v, v[0]);
            double newHigh = v[m - 1 - r] < v[m - 1] ? v[m - 1 - r] : nextBelow(v, v[m - 1]);
            for (int side = 0; side < 2; side++) {
                double[] lo = low.clone();
                double[] hi = high.clone();
                if (side == 0) {
                    lo[j] = newLow;
                } else {
                    hi[j] = newHigh;
                }
                int runs = count(lo, hi, false);
                if (runs < minRuns || runs == 0 || runs >= boxRuns) {
                    continue;
                }
                Candidate c = new Candidate(lo, hi, runs, count(lo, hi, true));
                if (c.betterThan(best)) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * Pasting widens one bound of one factor by about {@code alpha} of the box's runs among the runs
     * that lie inside every other bound; a paste is taken only when it raises the density.
     */
    private Candidate bestPaste(double[] low, double[] high, PrimBox current) {
        int r = Math.max(1, (int) Math.floor(alpha * current.runs()));
        Candidate best = null;
        for (int j = 0; j < low.length; j++) {
            List<Double> below = new ArrayList<>();
            List<Double> above = new ArrayList<>();
            for (int run : order[j]) {
                double[] row = data.x()[run];
                if (insideExcept(row, low, high, j)) {
                    if (row[j] < low[j]) {
                        below.add(row[j]);
                    } else if (row[j] > high[j]) {
                        above.add(row[j]);
                    }
                }
            }
            if (!below.isEmpty()) {
                double[] lo = low.clone();
                lo[j] = below.get(Math.max(0, below.size() - r));
                best = better(best, lo, high.clone());
            }
            if (!above.isEmpty()) {
                double[] hi = high.clone();
                hi[j] = above.get(Math.min(above.size() - 1, r - 1));
                best = better(best, low.clone(), hi);
            }
        }
        return best != null && (long) best.hits * current.runs() > (long) current.hits() * best.runs ? best : null;
    }

    private Candidate better(Candidate best, double[] lo, double[] hi) {
        Candidate c = new Candidate(lo, hi, count(lo, hi, false), count(lo, hi, true));
        return c.betterThan(best) ? c : best;
    }

    /**
     * Bryant and Lempert (2010, Technological Forecasting and Social Change 77:34-49): for each
     * restricted factor, the probability of finding at least the box's cases of interest among its
     * runs if they were drawn at the density of the box without that restriction (a one-sided
     * binomial test). Small values mean the restriction matters; NaN for unrestricted factors.
     */
    public double[] quasiPValues(PrimBox box) {
        double[] p = new double[box.low().length];
        for (int j = 0; j < p.length; j++) {
            if (!box.restricted()[j]) {
                p[j] = Double.NaN;
                continue;
            }
            double[] lo = box.low().clone();
            double[] hi = box.high().clone();
            lo[j] = dataMin[j];
            hi[j] = dataMax[j];
            int runs = count(lo, hi, false);
            int hits = count(lo, hi, true);
            p[j] = binomialUpperTail(box.hits(), box.runs(), (double) hits / runs);
        }
        return p;
    }

    /** P(X >= k) for X ~ Binomial(n, p), through the regularized incomplete beta function (exact in the tails). */
    static double binomialUpperTail(int k, int n, double p) {
        if (k <= 0) {
            return 1;
        }
        if (k > n || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        return Beta.regularizedBeta(p, k, n - k + 1.0);
    }

    private PrimBox box(int step, String phase, double[] low, double[] high) {
        boolean[] restricted = new boolean[low.length];
        for (int j = 0; j < low.length; j++) {
            restricted[j] = low[j] > dataMin[j] || high[j] < dataMax[j];
        }
        return new PrimBox(step, phase, low.clone(), high.clone(), restricted, count(low, high, false),
                count(low, high, true), data.runs(), data.hits());
    }

    private int count(double[] low, double[] high, boolean hitsOnly) {
        int n = 0;
        for (int r = 0; r < data.runs(); r++) {
            if ((!hitsOnly || data.interesting()[r]) && inside(data.x()[r], low, high)) {
                n++;
            }
        }
        return n;
    }

    private double[] valuesInBox(int j, double[] low, double[] high) {
        double[] v = new double[data.runs()];
        int n = 0;
        for (int run : order[j]) {
            if (inside(data.x()[run], low, high)) {
                v[n++] = data.x()[run][j];
            }
        }
        return Arrays.copyOf(v, n);
    }

    private static boolean inside(double[] row, double[] low, double[] high) {
        for (int j = 0; j < low.length; j++) {
            if (row[j] < low[j] || row[j] > high[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideExcept(double[] row, double[] low, double[] high, int except) {
        for (int j = 0; j < low.length; j++) {
            if (j != except && (row[j] < low[j] || row[j] > high[j])) {
                return false;
            }
        }
        return true;
    }

    private static double nextAbove(double[] sorted, double v) {
        for (double x : sorted) {
            if (x > v) {
                return x;
            }
        }
        return v;
    }

    private static double nextBelow(double[] sorted, double v) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < v) {
                return sorted[i];
            }
        }
        return v;
    }

    /**
     * The knee of the trade-off, the box a user most likely wants when they have not picked one: the
     * box nearest the ideal corner, coverage 1 and density 1 (Euclidean distance; the fewer
     * restrictions, then the earlier step, on ties).
     */
    public static int knee(List<PrimBox> trajectory) {
        int best = 0;
        for (int i = 1; i < trajectory.size(); i++) {
            double d = distanceToCorner(trajectory.get(i));
            double bestD = distanceToCorner(trajectory.get(best));
            if (d < bestD || (d == bestD && trajectory.get(i).restrictedCount() < trajectory.get(best).restrictedCount())) {
                best = i;
            }
        }
        return best;
    }

    private static double distanceToCorner(PrimBox b) {
        return Math.hypot(1 - b.coverage(), 1 - b.density());
    }

    /**
     * The box of highest
     * coverage among those whose density reaches {@code minDensity} (fewer restrictions, then the
     * earlier step, on ties); if no box is that dense, the densest box (the earliest on ties).
     */
    public static int choose(List<PrimBox> trajectory, double minDensity) {
        int best = -1;
        for (int i = 0; i < trajectory.size(); i++) {
            PrimBox b = trajectory.get(i);
            if (b.density() < minDensity) {
                continue;
            }
            if (best < 0 || b.coverage() > trajectory.get(best).coverage()
                    || (b.coverage() == trajectory.get(best).coverage()
                        && b.restrictedCount() < trajectory.get(best).restrictedCount())) {
                best = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        best = 0;
        for (int i = 1; i < trajectory.size(); i++) {
            if (trajectory.get(i).density() > trajectory.get(best).density()) {
                best = i;
            }
        }
        return best;
    }
}

package alliancesim.analysis;

import alliancesim.files.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Scenario discovery on a sweep: PRIM's trajectory for the runs a condition marks, the box chosen
 * from it, and the quasi-p-value of each of that box's restrictions.
 *
 * @param chosen     index of the chosen box in {@code trajectory}
 * @param rule       how the box was chosen, in words, for the report
 * @param quasiP     per factor, NaN where the chosen box does not restrict it
 */
public record Discovery(SweepRuns runs, WhereExpression where, PrimData data, List<PrimBox> trajectory, int chosen,
                        String rule, double[] quasiP, double alpha, double minMass) {
    /**
     * Runs PRIM and chooses a box: {@code box} (a step number) when not null, else the box of highest
     * coverage with at least {@code minDensity} when that is not null, else the knee.
     */
    public static Discovery of(SweepRuns runs, WhereExpression where, double alpha, double minMass, Double minDensity,
                               Integer box) {
        PrimData data = runs.mark(where);
        if (data.hits() == 0) {
            throw new InvalidInputException("--where \"" + where + "\" marks none of the " + data.runs()
                    + " successful runs of " + runs.dir() + ": there is nothing to discover");
        }
        Prim prim = new Prim(data, alpha, minMass);
        List<PrimBox> trajectory = prim.trajectory();
        int chosen;
        String rule;
        if (box != null) {
            if (box < 0 || box >= trajectory.size()) {
                throw new InvalidInputException("--box " + box + ": the trajectory has boxes 0 to "
                        + (trajectory.size() - 1));
            }
            chosen = box;
            rule = "box " + box + ", chosen with --box";
        } else if (minDensity == null) {
            chosen = Prim.knee(trajectory);
            rule = "the knee: the box nearest coverage 100 % and density 100 %";
        } else {
            chosen = Prim.choose(trajectory, minDensity);
            rule = trajectory.get(chosen).density() >= minDensity
                    ? "the box of highest coverage among those with density at least " + percent(minDensity)
                      + " (--min-density)"
                    : "no box reaches density " + percent(minDensity) + ", so the densest box";
        }
        return new Discovery(runs, where, data, trajectory, chosen, rule, prim.quasiPValues(trajectory.get(chosen)),
                alpha, minMass);
    }

    public PrimBox box() {
        return trajectory.get(chosen);
    }

    /** Restricted factors, most significant restriction (smallest quasi-p-value) first. */
    public List<Integer> restrictedByImportance() {
        return IntStream.range(0, quasiP.length).filter(j -> box().restricted()[j]).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> quasiP[j]).thenComparingInt(j -> j)).toList();
    }

    /** The two factors to draw the box over: the two most significant restrictions, else the first factors. */
    public int[] scatterFactors() {
        List<Integer> order = new ArrayList<>(restrictedByImportance());
        for (int j = 0; j < quasiP.length && order.size() < 2; j++) {
            if (!order.contains(j)) {
                order.add(j);
            }
        }
        return order.size() < 2 ? new int[] {order.get(0), order.get(0)} : new int[] {order.get(0), order.get(1)};
    }

    /** "front_balance < 0 in 87 % of runs with sanctions.secondary ≥ 0.62 and ... (coverage 71 %)". */
    public String sentence() {
        PrimBox b = box();
        List<String> limits = restrictedByImportance().stream().map(this::restriction).toList();
        if (limits.isEmpty()) {
            return where + " in " + percent(b.density()) + " of all " + b.runs() + " runs (no factor restricted)";
        }
        return where + " in " + percent(b.density()) + " of runs with " + String.join(" and ", limits) + " (coverage "
                + percent(b.coverage()) + ")";
    }

    /** "x ≥ 0.62", "x ≤ 0.3" or "0.2 ≤ x ≤ 0.6". */
    public String restriction(int j) {
        PrimBox b = box();
        String name = data.factors().get(j);
        boolean lowCut = b.low()[j] > data.min(j);
        boolean highCut = b.high()[j] < data.max(j);
        if (lowCut && highCut) {
            return number(b.low()[j]) + " ≤ " + name + " ≤ " + number(b.high()[j]);
        }
        return lowCut ? name + " ≥ " + number(b.low()[j]) : name + " ≤ " + number(b.high()[j]);
    }

    /** Three significant digits, no trailing zeros, no exponent: bounds as a reader says them. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}

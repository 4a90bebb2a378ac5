package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.model.Param;
import java.util.EnumMap;
import java.util.Map;

/**
 * An expected direction, written down before looking at the output: moving {@code lever} from
 * {@code from} to {@code to} should move {@code output} (its value, sum or mean over months
 * {@code first}..{@code last}) in the direction {@code sign} (+1 up, -1 down, 0 nearly unchanged:
 * within {@code tolerance}), for the reason given; {@code given}: parameters held at these values in
 * both runs, for a direction that holds only under a stated condition (empty: the scenario as it is).
 */
public record LeverCheck(Param lever, double from, double to, Output output, Window window, int first, int last,
                         int sign, double tolerance, String reason, Map<Param, Double> given) {

    public LeverCheck(Param lever, double from, double to, Output output, Window window, int first, int last,
                      int sign, double tolerance, String reason) {
        this(lever, from, to, output, window, first, last, sign, tolerance, reason, Map.of());
    }

    /** The same check with {@code p} held at {@code value} in both runs. */
    public LeverCheck given(Param p, double value) {
        Map<Param, Double> more = new EnumMap<>(Param.class);
        more.putAll(given);
        more.put(p, value);
        return new LeverCheck(lever, from, to, output, window, first, last, sign, tolerance, reason, more);
    }

    /** The settings for one arm: the conditions, then the lever at {@code value}. */
    public Map<Param, Double> settings(double value) {
        Map<Param, Double> all = new EnumMap<>(Param.class);
        all.putAll(given);
        all.put(lever, value);
        return all;
    }

    /** How the months of an output are reduced to one number per run. */
    public enum Window { VALUE_AT_LAST, SUM, MEAN }

    public LeverCheck {
        given = given.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(given));
        if (sign < -1 || sign > 1 || first < 0 || last < first || given.containsKey(lever)) {
            throw new IllegalArgumentException("bad check of " + lever.key() + " on " + output.key());
        }
    }

    /** The number a run gives for this check. */
    public double measure(double[] series) {
        return switch (window) {
            case VALUE_AT_LAST -> series[last];
            case SUM, MEAN -> {
                double sum = 0;
                for (int t = first; t <= last; t++) {
                    sum += series[t];
                }
                yield window == Window.SUM ? sum : sum / (last - first + 1);
            }
        };
    }

    /** Words for the table: "sum over months 0-9". */
    public String windowText() {
        return switch (window) {
            case VALUE_AT_LAST -> "month " + last;
            case SUM -> "sum of months " + first + "-" + last;
            case MEAN -> "mean of months " + first + "-" + last;
        };
    }
}

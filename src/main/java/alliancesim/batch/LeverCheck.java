package alliancesim.batch;

import alliancesim.model.Output;
import alliancesim.model.Param;

/**
 * An expected direction, written down before looking at the output: moving {@code lever} from
 * {@code from} to {@code to} should move {@code output} (its value, sum or mean over months
 * {@code first}..{@code last}) in the direction {@code sign} (+1 up, -1 down, 0 nearly unchanged:
 * within {@code tolerance}), for the reason given.
 */
public record LeverCheck(Param lever, double from, double to, Output output, Window window, int first, int last,
                         int sign, double tolerance, String reason) {

    /** How the months of an output are reduced to one number per run. */
    public enum Window { VALUE_AT_LAST, SUM, MEAN }

    public LeverCheck {
        if (sign < -1 || sign > 1 || first < 0 || last < first) {
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

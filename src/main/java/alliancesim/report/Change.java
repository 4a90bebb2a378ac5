package alliancesim.report;

import alliancesim.stats.NumberText;
import alliancesim.stats.PairedDifference;
import java.util.Locale;

/**
 * How one output's final value moved in a what-if; {@code signed} when the output may be negative
 * (as the result folder's manifest says): a relative change of such a quantity is meaningless, so
 * only its difference is shown.
 */
public record Change(String output, String unit, String date, int month, PairedDifference difference, boolean signed) {

    /** "front_balance in 2026-08 (month 35): 0.214 → -0.050 (-0.264, 90 % CI -0.290 to -0.238)". */
    public String sentence() {
        PairedDifference d = difference;
        return String.format(Locale.ROOT, "%s in %s (month %d): %s → %s (%s%s, 90 %% CI %s to %s) %s", output, date, month,
                num(d.meanBefore()), num(d.meanAfter()), d.meanDifference() > 0 ? "+" : "", num(d.meanDifference()),
                num(d.low()), num(d.high()), unit);
    }

    /** Whether the interval excludes zero: a change the seeds cannot explain. */
    public boolean clear() {
        return difference.low() > 0 || difference.high() < 0;
    }

    /** A number as people read it: {@link NumberText#printed}. */
    public static String num(double v) {
        return NumberText.printed(v);
    }
}

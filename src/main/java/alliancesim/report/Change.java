package alliancesim.report;

import alliancesim.stats.Intervals;
import alliancesim.stats.NumberText;
import alliancesim.stats.PairedDifference;
import java.util.Locale;

/**
 * How one output's final value moved in a what-if; {@code signed} when the output may be negative
 * (as the result folder's manifest says): a relative change of such a quantity is meaningless, so
 * only its difference is shown.
 */
public record Change(String output, String unit, String date, int month, PairedDifference difference, boolean signed,
                     String from) {

    /** A flow's change is of its total from month {@code from} (a date) to {@code date}; else null. */
    public boolean total() {
        return from != null;
    }

    /** "in 2027-12 (month 51)", or for a flow's total "total 2023-09..2027-12". */
    public String when() {
        return total() ? "total " + from + ".." + date : String.format(Locale.ROOT, "in %s (month %d)", date, month);
    }

    /** "front_balance in 2026-08 (month 35): 0.214 → -0.050 (-0.264, 90 % CI -0.290 to -0.238)". */
    public String sentence() {
        PairedDifference d = difference;
        return sentence(output, when(), d.meanBefore(), d.meanAfter(),
                d.meanDifference(), d.low(), d.high(), unit);
    }

    /** {@link PairedDifference#sentence}: the one sentence of a difference. */
    public static String sentence(String output, String when, double before, double after, double difference,
                                  double low, double high, String unit) {
        return PairedDifference.sentence(output, when, before, after, difference, low, high, unit);
    }

    /** Whether the interval excludes zero: a change the seeds cannot explain. */
    public boolean clear() {
        return Intervals.clear(difference.low(), difference.high());
    }

    /** A number as people read it: {@link NumberText#printed}. */
    public static String num(double v) {
        return NumberText.printed(v);
    }
}

package alliancesim.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The one rule for numbers as text. In CSV files: 8 significant digits, no locale, no thousands
 * separators, NA for missing, so pandas and R read them as they are. In printed text (console,
 * reports, pictures): thousands separated, no more digits than a reader can use, a zero as "0".
 */
public final class NumberText {
    private NumberText() {
    }

    /** "250000", "0.3" (for 0.1 + 0.2), "-0.045488923", "NA". */
    public static String csv(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NA";
        }
        double r = round(v);
        if (r == 0) {
            return "0";
        }
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }

    /**
     * v rounded to 8 significant digits. Dividing the rounded integer by a power of ten gives the
     * double nearest that decimal, which Double.toString prints as the decimal itself; this is
     * many times faster than BigDecimal, which mattered: formatting was most of a sweep's time.
     */
    public static double round(double v) {
        if (v == 0) {
            return 0;
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        int shift = 7 - exponent;
        if (shift < -300 || shift > 300) {
            return v;
        }
        if (shift >= 0) {
            double scale = Math.pow(10, shift);
            return Math.round(v * scale) / scale;
        }
        double scale = Math.pow(10, -shift);
        return Math.round(v / scale) * scale;
    }

    /**
     * A number for people: "223,254" and "5,705" (whole units from 100 on), "12.35", "0.204", and
     * small values with two significant digits ("0.00041") rather than "0.000"; zero is "0".
     */
    public static String printed(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NA";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (a >= 0.0005) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        return new BigDecimal(v).round(new MathContext(2)).toPlainString();
    }

    /** A setting as it was given: "0", "0.25", "11000" (no trailing zeros, at most 6 significant digits). */
    public static String setting(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NA";
        }
        return v == 0 ? "0" : new BigDecimal(Double.toString(v)).round(new MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}

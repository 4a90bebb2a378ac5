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
        StringBuilder sb = new StringBuilder(16);
        appendCsv(sb, v);
        return sb.toString();
    }

    /** Powers of ten that a double holds exactly, as {@link Math#pow} gives them. */
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L};

    /**
     * Appends {@link #csv}'s text for v. From 0.001 to 10^7 (most of what a sweep writes) the digits
     * come from the rounded integer itself, not from Double.toString of the rounded double: the same
     * characters, since that double is the one nearest an at most 8-digit decimal, whose shortest
     * representation is that decimal; a test compares the two on millions of values.
     */
    public static void appendCsv(StringBuilder sb, double v) {
        double a = Math.abs(v);
        if (!(a >= 1e-3 && a < 1e7)) { // NaN, infinities, zero, and the rare tiny or huge values
            sb.append(csvSlow(v));
            return;
        }
        int shift = 7 - decimalExponent(a); // 1 to 10 here
        long m = Math.round(v * (double) POWERS[shift]);
        long unit = POWERS[shift];
        long whole = Math.abs(m) / unit;
        long fraction = Math.abs(m) % unit;
        if (m < 0) {
            sb.append('-');
        }
        sb.append(whole);
        if (fraction == 0) {
            return;
        }
        while (fraction % 10 == 0) { // drop trailing zeros, keeping the leading ones
            fraction /= 10;
            shift--;
        }
        sb.append('.');
        for (long p = POWERS[shift - 1]; p > fraction && p > 1; p /= 10) {
            sb.append('0');
        }
        sb.append(fraction);
    }

    /** 10^-3 .. 10^7, as doubles, for {@link #decimalExponent}. */
    private static final double[] TENS = {1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};

    /**
     * floor(log10(a)) for a in [10^-3, 10^7), from the binary exponent: floor(b log10 2), computed
     * as (b 1233) >> 12, is floor(log10 a) or one less, and one comparison settles which. Math.log10
     * took a fifth of a number's formatting. Next to a power of ten it may differ from
     * floor(Math.log10(a)), which rounds up there; both round such a value to the same text.
     */
    private static int decimalExponent(double a) {
        int e = (Math.getExponent(a) * 1233) >> 12;
        return a >= TENS[e + 4] ? e + 1 : e;
    }

    /** {@link #csv} by its definition: the 8-significant-digit double, printed by Double.toString or as a whole number. */
    static String csvSlow(double v) {
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
     * much cheaper than BigDecimal, which a sweep's millions of numbers need.
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
